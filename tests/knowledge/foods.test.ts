import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  DAILY_VALUES,
  DIET_TAGS,
  FOOD_KEYS,
  FOODS,
  FORTIFIED_PLANT_MILK_NOTE,
  fitsDiet,
  foodsFor,
  foodsForSeveral,
  helps,
  LOW_PERCENT_DV,
  NOT_IN_PREGNANCY,
} from '../../src/knowledge/foods';
import type { DietTag, Food, FoodEater } from '../../src/knowledge/foods';
import { DIET_PATTERNS, NUTRIENT_IDS } from '../../src/scoring';
import type { DietPattern, NutrientId } from '../../src/scoring';

// Animal foods each diet leaves out.
const FORBIDDEN: Record<DietPattern, readonly DietTag[]> = {
  omnivore: [],
  pescatarian: ['meat'],
  vegetarian: ['meat', 'fish'],
  vegan: ['meat', 'fish', 'egg', 'dairy'],
};

const pattern = fc.constantFrom(...DIET_PATTERNS);

/** The part of a person's answers the food lists read. */
function eats(diet: DietPattern, pregnant = false): FoodEater {
  return { diet: { pattern: diet }, about: { pregnant } };
}
const nutrient = fc.constantFrom(...NUTRIENT_IDS);
const knownFood = fc.constantFrom(...FOODS);
// Any tag set at all, including contradictory ones, so fitsDiet itself is tested, not just the data.
const anyFood = fc
  .record({
    food: knownFood,
    tags: fc.uniqueArray(fc.constantFrom(...DIET_TAGS)),
  })
  .map(({ food, tags }): Food => ({ ...food, tags }));

test('DAILY_VALUES match the FDA label values of reference section 0.3', () => {
  expect(DAILY_VALUES).toEqual({
    'vitamin-d': { amount: 20, unit: 'mcg', sourceIds: ['S1'] },
    'vitamin-b12': { amount: 2.4, unit: 'mcg', sourceIds: ['S2'] },
    magnesium: { amount: 420, unit: 'mg', sourceIds: ['S3'] },
    calcium: { amount: 1300, unit: 'mg', sourceIds: ['S4'] },
    iron: { amount: 18, unit: 'mg', sourceIds: ['S5'] },
    'vitamin-e': { amount: 15, unit: 'mg', sourceIds: ['S6'] },
  });
});

test.each(NUTRIENT_IDS)('%s has at least 10 foods', (id) => {
  expect(FOODS.filter((food) => food.nutrient === id).length).toBeGreaterThanOrEqual(10);
});

test('every food %DV agrees with amount / Daily Value', () => {
  for (const food of FOODS) {
    if (food.nutrient === 'hydration') continue;
    const dv = DAILY_VALUES[food.nutrient];
    expect(food.unit, food.id).toBe(dv.unit);
    expect(food.percentDV, food.id).not.toBeNull();
    // 1 point for rounding the %DV, plus what rounding the printed amount to 0.1 can shift:
    // ODS prints %DV from unrounded amounts (e.g. cheddar 0.5 mcg B12 = 19%, not 21%).
    const tolerance = 1 + (0.05 / dv.amount) * 100;
    const expected = (food.amount / dv.amount) * 100;
    expect(Math.abs((food.percentDV ?? Number.NaN) - expected), food.id).toBeLessThanOrEqual(
      tolerance,
    );
    expect(
      Math.abs((food.percentDV ?? Number.NaN) - Math.round(expected)),
      food.id,
    ).toBeLessThanOrEqual(Math.ceil(tolerance));
  }
});

test('fluids list drinks by serving volume in ml with no %DV', () => {
  const fluids = FOODS.filter((food) => food.nutrient === 'hydration');
  for (const food of fluids) {
    expect(food.unit, food.id).toBe('ml');
    expect(food.percentDV, food.id).toBeNull();
    expect(food.amount, food.id).toBeGreaterThan(0);
    expect(food.sourceIds, food.id).toContain('S10');
  }
  for (const food of FOODS.filter((entry) => entry.nutrient !== 'hydration'))
    expect(food.unit, food.id).not.toBe('ml');
});

test('food ids are unique, amounts positive, and every key has a name', () => {
  expect(new Set(FOODS.map((food) => food.id)).size).toBe(FOODS.length);
  for (const food of FOODS) {
    expect(food.amount, food.id).toBeGreaterThan(0);
    expect(FOOD_KEYS[food.key], food.id).toBeTruthy();
    expect(food.name.trim(), food.id).not.toBe('');
    expect(food.serving.trim(), food.id).not.toBe('');
    if (food.fortified) expect(food.note ?? '', food.id).toMatch(/label/i);
  }
});

test('diet tags never contradict each other', () => {
  for (const food of FOODS) {
    const has = (tag: DietTag) => food.tags.includes(tag);
    expect(food.tags.length, food.id).toBeGreaterThan(0);
    if (has('vegan')) expect(has('vegetarian') && has('pescatarian'), food.id).toBe(true);
    if (has('vegetarian')) expect(has('pescatarian'), food.id).toBe(true);
    if (has('dairy') || has('egg')) expect(has('vegan'), food.id).toBe(false);
    if (has('dairy') || has('egg')) expect(has('vegetarian'), food.id).toBe(true);
    if (has('fish')) expect(has('vegetarian') || has('vegan'), food.id).toBe(false);
    if (has('fish')) expect(has('pescatarian'), food.id).toBe(true);
    if (has('meat')) expect(food.tags, food.id).toEqual(['meat']);
    // Every food either fits some diet or is marked as meat.
    expect(has('pescatarian') || has('meat'), food.id).toBe(true);
  }
});

// Issue 11: the same carton was vegan for calcium and not vegan for vitamin D.
test('every fortified plant milk is tagged the same way: vegan, fortified, one key, one label note', () => {
  const milks = FOODS.filter((food) => /\b(soy|almond|oat|plant) milk\b/i.test(food.name));
  const fortified = milks.filter((food) => /fortified/i.test(food.name));
  expect(fortified.map((food) => food.nutrient)).toEqual(
    expect.arrayContaining(['vitamin-d', 'calcium']),
  );
  for (const food of fortified) {
    expect(food.key, food.id).toBe('fortified-plant-milk');
    expect(food.fortified, food.id).toBe(true);
    expect(food.tags, food.id).toEqual(['vegan', 'vegetarian', 'pescatarian']);
    expect(food.note ?? '', food.id).toContain(FORTIFIED_PLANT_MILK_NOTE);
  }
  // Milks without "fortified" in their name are the unfortified rows (magnesium, fluids).
  for (const food of milks.filter((entry) => !fortified.includes(entry)))
    expect(food.fortified, food.id).toBe(false);
  expect(FORTIFIED_PLANT_MILK_NOTE).toMatch(/D2 or lichen/);
});

test('fortified cereals that may hold lanolin vitamin D or milk, and dark chocolate, are not shown as vegan', () => {
  const notVegan = ['fortified-cereal', 'dark-chocolate'];
  const found = FOODS.filter((food) => notVegan.includes(food.key));
  expect(found.length).toBeGreaterThanOrEqual(5);
  for (const food of found) {
    expect(food.tags, food.id).not.toContain('vegan');
    expect(fitsDiet(food, 'vegan'), food.id).toBe(false);
    expect(food.note ?? '', food.id).toMatch(/vegan|label/i);
  }
});

test('cheese is flagged as maybe made with animal rennet, and spinach calcium as poorly absorbed', () => {
  const cheeses = FOODS.filter((food) => food.key === 'cheddar');
  expect(cheeses.length).toBeGreaterThan(0);
  for (const food of cheeses) expect(food.note ?? '', food.id).toMatch(/animal rennet/);
  const spinachCalcium = FOODS.find((food) => food.id === 'calcium-spinach');
  expect(spinachCalcium?.caveat).toBe('poorly-absorbed');
  expect(spinachCalcium?.note).toMatch(/not absorbed/);
  expect(spinachCalcium?.sourceIds).toContain('S48');
});

test('a figure seen only second-hand is flagged', () => {
  const secondary = FOODS.filter((food) => food.secondary === true);
  expect(secondary.map((food) => food.key)).toEqual(['dark-chocolate']);
});

test('fitsDiet never lets a diet see what it leaves out, whatever the tags say', () => {
  fc.assert(
    fc.property(anyFood, pattern, (food, diet) => {
      if (!fitsDiet(food, diet)) return;
      for (const tag of FORBIDDEN[diet]) expect(food.tags).not.toContain(tag);
      if (diet !== 'omnivore') expect(food.tags).toContain(diet);
    }),
  );
});

test('fitsDiet keeps every food for an omnivore and every vegan-tagged food for everyone', () => {
  fc.assert(
    fc.property(knownFood, pattern, (food, diet) => {
      expect(fitsDiet(food, 'omnivore')).toBe(true);
      if (food.tags.includes('vegan')) expect(fitsDiet(food, diet)).toBe(true);
    }),
  );
});

test('foodsFor gives only fitting foods of that nutrient, richest first', () => {
  fc.assert(
    fc.property(nutrient, pattern, (id, diet) => {
      const list = foodsFor(id, eats(diet));
      for (const food of list) {
        expect(food.nutrient).toBe(id);
        for (const tag of FORBIDDEN[diet]) expect(food.tags).not.toContain(tag);
      }
      for (let i = 1; i < list.length; i += 1)
        expect(list[i - 1]?.amount ?? 0).toBeGreaterThanOrEqual(list[i]?.amount ?? 0);
      const all = FOODS.filter(
        (food) => food.nutrient === id && helps(food) && fitsDiet(food, diet),
      );
      expect(list).toHaveLength(all.length);
    }),
  );
});

test('a stricter diet never gets a food a looser one would not', () => {
  const order: DietPattern[] = ['vegan', 'vegetarian', 'pescatarian', 'omnivore'];
  fc.assert(
    fc.property(nutrient, (id) => {
      for (let i = 1; i < order.length; i += 1) {
        const stricter = foodsFor(id, eats(order[i - 1] ?? 'vegan')).map((food) => food.id);
        const looser = foodsFor(id, eats(order[i] ?? 'omnivore')).map((food) => food.id);
        expect(looser).toEqual(expect.arrayContaining(stricter));
      }
    }),
  );
});

test('person eating a vegan diet is offered plant sources for every nutrient except where none exist', () => {
  expect(foodsFor('vitamin-d', eats('vegan')).map((food) => food.key)).toEqual([
    'mushrooms-uv',
    'fortified-plant-milk',
  ]);
  // The reliable source leads; tempeh (3% DV, "not a reliable source") is not offered.
  expect(foodsFor('vitamin-b12', eats('vegan')).map((food) => food.key)).toEqual([
    'nutritional-yeast',
  ]);
  expect(foodsFor('iron', eats('vegan'))[0]?.key).toBe('white-beans');
  expect(foodsFor('iron', eats('omnivore'))[0]?.key).toBe('fortified-cereal');
});

test('foods helping several nutrients include spinach, almonds and salmon, most nutrients first', () => {
  const shared = foodsForSeveral(NUTRIENT_IDS, eats('omnivore'));
  const byKey = new Map(shared.map((entry) => [entry.key, entry]));
  // Spinach's calcium is poorly absorbed, so "good for calcium" is not claimed for it.
  expect(byKey.get('spinach')?.nutrients).toEqual(['magnesium', 'iron', 'vitamin-e']);
  expect(byKey.get('almonds')?.nutrients).toEqual(['magnesium', 'vitamin-e']);
  expect(byKey.get('salmon')?.nutrients).toEqual(['vitamin-d', 'vitamin-b12', 'magnesium']);
  expect(byKey.get('fortified-plant-milk')?.nutrients).toEqual(['vitamin-d', 'calcium']);
  expect(byKey.get('spinach')?.name).toBe(FOOD_KEYS.spinach);
});

test('foodsForSeveral keeps to the given nutrients and diet and needs two nutrients per food', () => {
  fc.assert(
    fc.property(fc.uniqueArray(nutrient), pattern, (ids: NutrientId[], diet) => {
      const shared = foodsForSeveral(ids, eats(diet));
      for (let i = 1; i < shared.length; i += 1)
        expect(shared[i - 1]?.nutrients.length ?? 0).toBeGreaterThanOrEqual(
          shared[i]?.nutrients.length ?? 0,
        );
      for (const entry of shared) {
        expect(entry.nutrients.length).toBeGreaterThanOrEqual(2);
        expect(new Set(entry.nutrients).size).toBe(entry.nutrients.length);
        for (const id of entry.nutrients) expect(ids).toContain(id);
        for (const food of entry.foods) {
          expect(food.key).toBe(entry.key);
          expect(entry.nutrients).toContain(food.nutrient);
          expect(fitsDiet(food, diet)).toBe(true);
        }
      }
      if (ids.length < 2) expect(shared).toEqual([]);
    }),
  );
});

test('a vegan asking about vitamin D and B12 gets no shared food, since none is vegan for both', () => {
  expect(foodsForSeveral(['vitamin-d', 'vitamin-b12'], eats('vegan'))).toEqual([]);
  expect(
    foodsForSeveral(['vitamin-d', 'vitamin-b12'], eats('omnivore')).map((entry) => entry.key),
  ).toEqual(expect.arrayContaining(['salmon', 'milk', 'egg', 'fortified-cereal']));
  expect(
    foodsForSeveral(['magnesium', 'vitamin-e'], eats('vegan')).map((entry) => entry.key),
  ).toEqual(expect.arrayContaining(['almonds', 'spinach', 'peanuts', 'peanut-butter']));
});

test('a food with a trivial amount or marked not reliable is never offered as one that helps', () => {
  const trivial = FOODS.filter(
    (food) => food.caveat === 'not-reliable' || (food.percentDV ?? 100) <= LOW_PERCENT_DV,
  );
  // Tempeh for B12, portabella mushrooms and cheddar for vitamin D, raw spinach for vitamin E...
  expect(trivial.map((food) => food.id)).toEqual(
    expect.arrayContaining([
      'vitamin-b12-tempeh',
      'vitamin-d-portabella-mushrooms',
      'vitamin-d-cheddar',
      'vitamin-e-spinach-raw',
    ]),
  );
  fc.assert(
    fc.property(nutrient, pattern, fc.boolean(), (id, diet, pregnant) => {
      const offered = [
        ...foodsFor(id, eats(diet, pregnant)),
        ...foodsForSeveral(NUTRIENT_IDS, eats(diet, pregnant)).flatMap((entry) => entry.foods),
      ];
      for (const food of offered) {
        expect(helps(food), food.id).toBe(true);
        expect(trivial, food.id).not.toContain(food);
      }
    }),
  );
});

test('a pregnant person is never offered liver, liver products or cod liver oil', () => {
  const liver = FOODS.filter((food) => /liver/i.test(food.name));
  expect(liver.map((food) => food.key)).toEqual(
    expect.arrayContaining(['beef-liver', 'cod-liver-oil']),
  );
  for (const food of liver) expect(NOT_IN_PREGNANCY, food.id).toContain(food.key);
  fc.assert(
    fc.property(nutrient, pattern, (id, diet) => {
      const offered = [
        ...foodsFor(id, eats(diet, true)),
        ...foodsForSeveral(NUTRIENT_IDS, eats(diet, true)).flatMap((entry) => entry.foods),
      ];
      for (const food of offered) expect(food.name, food.id).not.toMatch(/liver/i);
    }),
  );
  // The same person not pregnant is offered them, so the rule is what keeps them out.
  expect(foodsFor('vitamin-d', eats('omnivore'))[0]?.key).toBe('cod-liver-oil');
  expect(foodsFor('vitamin-d', eats('omnivore', true))[0]?.key).toBe('rainbow-trout');
  expect(foodsFor('vitamin-b12', eats('omnivore', true)).map((food) => food.key)).not.toContain(
    'beef-liver',
  );
  expect(foodsFor('iron', eats('pescatarian', true)).length).toBeGreaterThan(0);
});
