// Whole journeys through the real wizard to the results, found by the words people read
// (src/knowledge/answer-labels.ts), never by test ids.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { describeReason, labelFor } from '../../src/knowledge/answer-labels';
import type { DietTag, Food } from '../../src/knowledge/foods';
import { FOOD_KEYS, FOODS } from '../../src/knowledge/foods';
import { NUTRIENTS } from '../../src/knowledge/nutrients';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { TRIAGE_ADVICE } from '../../src/knowledge/triage-advice';
import type { Answers, FoodGroup, RedFlagId, SymptomKind } from '../../src/scoring';
import { expectNoAxeViolations } from './support/axe';
import {
  answerQuestionnaire,
  boxes,
  endsWith,
  next,
  startQuestionnaire,
  stepPath,
  tick,
} from './support/questionnaire';

interface Journey {
  kinds: readonly SymptomKind[];
  pattern: 'omnivore' | 'pescatarian' | 'vegetarian' | 'vegan';
  foods: Partial<Record<FoodGroup, 'rarely' | 'weekly' | 'most-days'>>;
  redFlags: readonly RedFlagId[];
}

/** The journey's answers; every food group not named is eaten weekly. */
function answersFor(journey: Journey): Answers {
  const often = (food: FoodGroup) => journey.foods[food] ?? 'weekly';
  return {
    about: { ageBand: '31-50', sex: 'female', pregnant: false },
    symptoms: { kinds: [...journey.kinds], legs: 'both', severity: 'moderate' },
    timing: { when: ['constant'], duration: 'months', onset: 'gradual' },
    diet: {
      pattern: journey.pattern,
      dairy: often('dairy'),
      fattyFish: often('fattyFish'),
      redMeat: often('redMeat'),
      eggs: often('eggs'),
      leafyGreens: often('leafyGreens'),
      nutsSeeds: often('nutsSeeds'),
      wholeGrains: often('wholeGrains'),
      legumes: often('legumes'),
      fortifiedFoods: often('fortifiedFoods'),
      water: '4-7-glasses',
      alcohol: 'none',
    },
    lifestyle: { sun: 'some', sweating: 'low', supplements: [] },
    health: { conditions: [], medications: [] },
    redFlags: [...journey.redFlags],
  };
}

/** Answers all seven steps, from the start page to the results. */
async function answerEverything(page: Page, journey: Journey) {
  await page.goto('/');
  await startQuestionnaire(page);
  await answerQuestionnaire(page, answersFor(journey));
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible({
    timeout: 15_000,
  });
}

const VEGAN_TINGLING: Journey = {
  kinds: ['tingling', 'numbness'],
  pattern: 'vegan',
  foods: {
    dairy: 'rarely',
    fattyFish: 'rarely',
    redMeat: 'rarely',
    eggs: 'rarely',
    fortifiedFoods: 'rarely',
  },
  redFlags: [],
};

function factorHeadings(page: Page): Locator {
  return page
    .getByRole('region', { name: 'What could be involved' })
    .getByRole('heading', { level: 3 });
}

/** Names of foods with an animal tag the diet excludes, minus names a fitting food shares. */
function forbiddenFoodNames(forbidden: readonly DietTag[], allowed: DietTag): string[] {
  const isForbidden = (food: Food) => forbidden.some((tag) => food.tags.includes(tag));
  const namesOf = (food: Food) => [food.name, FOOD_KEYS[food.key]];
  const fine = new Set(
    FOODS.filter((food) => food.tags.includes(allowed) && !isForbidden(food)).flatMap(namesOf),
  );
  return [...new Set(FOODS.filter(isForbidden).flatMap(namesOf))].filter((name) => !fine.has(name));
}

async function openAllDetails(scope: Locator) {
  const summaries = scope.locator('summary');
  for (let index = 0; index < (await summaries.count()); index += 1) {
    const summary = summaries.nth(index);
    const details = summary.locator('xpath=..');
    if ((await details.getAttribute('open')) === null) await summary.click();
  }
}

test('vegan with tingling and numbness for months sees vitamin B12 first and only vegan foods', async ({
  page,
}) => {
  await answerEverything(page, VEGAN_TINGLING);

  await expect(factorHeadings(page).first()).toHaveText(NUTRIENTS['vitamin-b12'].name);
  const b12 = page.getByRole('article', { name: NUTRIENTS['vitamin-b12'].name });
  await expect(b12.getByText('Likely worth checking')).toBeVisible();
  await expect(
    b12.getByRole('meter', { name: /^Vitamin B12 score, \d+ out of 100$/ }),
  ).toBeVisible();

  const foods = page.getByRole('region', { name: 'Foods that could help' });
  await openAllDetails(foods);
  const veganB12 = FOODS.filter(
    (food) => food.nutrient === 'vitamin-b12' && food.tags.includes('vegan'),
  ).toSorted((a, b) => b.amount - a.amount);
  await expect(foods.getByText(veganB12[0]?.name ?? 'none', { exact: true }).first()).toBeVisible();
  // Each food is a list item that starts with the food's name.
  const shown = await foods.getByRole('listitem').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  const forbidden = forbiddenFoodNames(['fish', 'egg', 'dairy', 'meat'], 'vegan');
  expect(shown.filter((item) => forbidden.some((name) => item.startsWith(name)))).toEqual([]);
});

test('a ticked warning sign leads the results with emergency advice', async ({ page }) => {
  await answerEverything(page, {
    kinds: ['aches'],
    pattern: 'omnivore',
    foods: {},
    redFlags: ['breathless-chest-pain'],
  });

  const main = page.getByRole('main');
  const headings = main.getByRole('heading');
  await expect(headings.nth(0)).toHaveText('Your results');
  await expect(headings.nth(1)).toContainText(TRIAGE_ADVICE.emergency.action);
  const panel = page.getByRole('region', { name: /^Warning sign: what to do now/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(RED_FLAGS['breathless-chest-pain'].label)).toBeVisible();
  await expect(panel.getByText(TRIAGE_ADVICE.emergency.detail, { exact: false })).toBeVisible();
  // The warning panel is the first section of the page, straight after the page heading.
  await expect(main.getByRole('region').first()).toHaveAccessibleName(
    /^Warning sign: what to do now/,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results have no axe violations in ${colorScheme} mode, with every section open`, async ({
    page,
  }) => {
    // Two full axe runs over a long page, after the whole questionnaire.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await answerEverything(page, { ...VEGAN_TINGLING, redFlags: ['one-leg-swollen'] });

    await expectNoAxeViolations(page, `results, sections closed (${colorScheme})`);

    await openAllDetails(page.getByRole('main'));
    await expectNoAxeViolations(page, `results, every section open (${colorScheme})`);
  });
}

test('person can change an answer from the results and see the results change', async ({
  page,
}) => {
  await answerEverything(page, VEGAN_TINGLING);
  await expect(factorHeadings(page).first()).toHaveText(NUTRIENTS['vitamin-b12'].name);

  await page.getByRole('link', { name: 'Change my symptoms' }).click();
  await expect(page).toHaveURL(/\/step\/symptoms$/);
  // The earlier answers are still there.
  const kinds = boxes(page, 'symptoms.kinds');
  const tingling = kinds.getByRole('checkbox', {
    name: labelFor('symptoms.kinds', 'tingling'),
    exact: true,
  });
  await expect(tingling).toBeChecked();
  await tingling.uncheck();
  await kinds
    .getByRole('checkbox', { name: labelFor('symptoms.kinds', 'numbness'), exact: true })
    .uncheck();
  await tick(page, 'symptoms.kinds', ['restless-legs', 'fatigue']);
  for (const step of [2, 3, 4, 5, 6]) {
    await expect(page).toHaveURL(endsWith(stepPath(step)));
    await next(page);
  }
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(factorHeadings(page).first()).toHaveText(NUTRIENTS.iron.name);
  const iron = page.getByRole('article', { name: NUTRIENTS.iron.name });
  await expect(iron.getByText(describeReason('symptoms.kinds', 'restless-legs'))).toBeVisible();
});
