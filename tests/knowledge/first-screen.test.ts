// The first screen's picks from the knowledge base: the best two or three foods for a person's
// factors, fitted to their diet, and the blood tests in a few words.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { FoodEater } from '../../src/knowledge/foods';
import { FOODS, foodsFor, NOT_IN_PREGNANCY, suitsEater } from '../../src/knowledge/foods';
import {
  FIRST_FOODS_MAX,
  firstFoods,
  LAB_TEST_SHORT_NAMES,
} from '../../src/knowledge/first-screen';
import { LAB_TESTS } from '../../src/knowledge/lab-tests';
import { DIET_PATTERNS, LAB_TEST_IDS, NUTRIENT_IDS } from '../../src/scoring';
import type { DietPattern } from '../../src/scoring';

function eats(diet: DietPattern, pregnant = false): FoodEater {
  return { diet: { pattern: diet }, about: { pregnant } };
}

// Any ordered set of factors, as a ranking would give them.
const factors = fc.uniqueArray(fc.constantFrom(...NUTRIENT_IDS), { minLength: 1 });
const eater = fc.record({
  diet: fc.record({ pattern: fc.constantFrom(...DIET_PATTERNS) }),
  about: fc.record({ pregnant: fc.boolean() }),
});

test('the first foods always fit the diet (and a pregnancy), each offered once', () => {
  fc.assert(
    fc.property(factors, eater, (nutrients, person) => {
      const chosen = firstFoods(nutrients, person);
      expect(chosen.length).toBeLessThanOrEqual(FIRST_FOODS_MAX);
      expect(new Set(chosen.map((food) => food.key)).size).toBe(chosen.length);
      for (const food of chosen) {
        for (const entry of food.foods) expect(suitsEater(entry, person), entry.id).toBe(true);
        if (person.about.pregnant) expect(NOT_IN_PREGNANCY).not.toContain(food.key);
        // Each claims only factors asked for, backed by its own entries.
        for (const id of food.nutrients) {
          expect(nutrients).toContain(id);
          expect(food.foods.some((entry) => entry.nutrient === id)).toBe(true);
        }
      }
    }),
  );
});

test('two or three foods whenever the diet offers that many, and the first helps the first factor', () => {
  fc.assert(
    fc.property(factors, eater, (nutrients, person) => {
      const chosen = firstFoods(nutrients, person);
      const available = new Set(
        nutrients.flatMap((id) =>
          foodsFor(id, person)
            .filter((food) => food.caveat !== 'poorly-absorbed')
            .map((food) => food.key),
        ),
      );
      expect(chosen.length).toBeGreaterThanOrEqual(Math.min(2, available.size));
      const [top] = nutrients;
      if (chosen[0] && top) expect(chosen[0].nutrients).toContain(top);
    }),
  );
});

test('a vegan with five factors gets three vegan foods that cover them all', () => {
  const nutrients = ['vitamin-b12', 'magnesium', 'calcium', 'vitamin-d', 'hydration'] as const;
  const chosen = firstFoods(nutrients, eats('vegan'));
  expect(chosen).toHaveLength(3);
  expect(new Set(chosen.flatMap((food) => food.nutrients))).toEqual(new Set(nutrients));
  for (const food of chosen) {
    for (const entry of food.foods) expect(entry.tags).toContain('vegan');
  }
  // B12 for a vegan comes only from a fortified food, and the name says so.
  expect(chosen[0]?.name).toMatch(/fortified/i);
});

test('a food that covers several factors comes before two that cover one each', () => {
  const chosen = firstFoods(['magnesium', 'vitamin-d'], eats('omnivore'));
  expect(chosen[0]?.nutrients).toEqual(['magnesium', 'vitamin-d']);
  // One food covered both, so a second, the richest for the first factor, makes two.
  expect(chosen).toHaveLength(2);
  expect(chosen[1]?.nutrients).toEqual(['magnesium']);
});

test('a food whose nutrient is poorly absorbed is never offered on the first screen', () => {
  const poorly = FOODS.filter((food) => food.caveat === 'poorly-absorbed');
  expect(poorly.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(factors, eater, (nutrients, person) => {
      for (const food of firstFoods(nutrients, person)) {
        for (const entry of food.foods) expect(entry.caveat).not.toBe('poorly-absorbed');
      }
    }),
  );
});

test('no factors, no foods', () => {
  expect(firstFoods([], eats('omnivore'))).toEqual([]);
});

test('every blood test has a short name, no longer than its full name', () => {
  for (const id of LAB_TEST_IDS) {
    const short = LAB_TEST_SHORT_NAMES[id];
    expect(short.length, id).toBeGreaterThan(2);
    expect(short.length, id).toBeLessThanOrEqual(LAB_TESTS[id].name.length);
  }
});
