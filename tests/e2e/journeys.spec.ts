// Whole journeys through the real wizard to the results, found by the words people read
// (src/knowledge/answer-labels.ts), never by test ids.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { AnswerLabels } from '../../src/knowledge/answer-labels';
import {
  ANSWER_LABELS,
  describeReason,
  FOOD_GROUPS_QUESTION,
  labelFor,
  NONE_OF_THESE_OPTION,
  RED_FLAGS_FIELD,
} from '../../src/knowledge/answer-labels';
import type { DietTag, Food } from '../../src/knowledge/foods';
import { FOOD_KEYS, FOODS } from '../../src/knowledge/foods';
import { NUTRIENTS } from '../../src/knowledge/nutrients';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { TRIAGE_ADVICE } from '../../src/knowledge/triage-advice';
import type { FoodGroup, RedFlagId, SymptomKind } from '../../src/scoring';
import { FOOD_GROUPS } from '../../src/scoring';

type Field = keyof AnswerLabels;

/** The question's group on the page: a radio group or a checkbox group named by its legend. */
function group(page: Page | Locator, field: Field, role: 'radiogroup' | 'group'): Locator {
  return page.getByRole(role, { name: ANSWER_LABELS[field].question, exact: true });
}

async function pick(page: Page | Locator, field: Field, value: string) {
  await group(page, field, 'radiogroup')
    .getByRole('radio', { name: labelFor(field, value), exact: true })
    .check();
}

async function tick(page: Page, field: Field, values: readonly string[]) {
  const boxes = group(page, field, 'group');
  for (const value of values) {
    await boxes.getByRole('checkbox', { name: labelFor(field, value), exact: true }).check();
  }
}

async function next(page: Page, step: number) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`/step/${step + 1}$`));
}

interface Journey {
  kinds: readonly SymptomKind[];
  pattern: 'omnivore' | 'pescatarian' | 'vegetarian' | 'vegan';
  foods: Partial<Record<FoodGroup, 'rarely' | 'weekly' | 'most-days'>>;
  redFlags: readonly RedFlagId[];
}

/** Answers all seven steps, from the start page to the results. */
async function answerEverything(page: Page, journey: Journey) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();

  await expect(page).toHaveURL(/\/step\/1$/);
  await pick(page, 'about.ageBand', '31-50');
  await pick(page, 'about.sex', 'female');
  await pick(page, 'about.pregnant', 'false');
  await next(page, 1);

  await tick(page, 'symptoms.kinds', journey.kinds);
  await pick(page, 'symptoms.legs', 'both');
  await pick(page, 'symptoms.severity', 'moderate');
  await next(page, 2);

  await tick(page, 'timing.when', ['constant']);
  await pick(page, 'timing.duration', 'months');
  await pick(page, 'timing.onset', 'gradual');
  await next(page, 3);

  await pick(page, 'diet.pattern', journey.pattern);
  const grid = page.getByRole('group', { name: FOOD_GROUPS_QUESTION, exact: true });
  for (const food of FOOD_GROUPS) {
    await pick(grid, `diet.${food}`, journey.foods[food] ?? 'weekly');
  }
  await pick(page, 'diet.water', '4-7-glasses');
  await pick(page, 'diet.alcohol', 'none');
  await next(page, 4);

  await pick(page, 'lifestyle.sun', 'some');
  await pick(page, 'lifestyle.sweating', 'low');
  await next(page, 5);

  await next(page, 6);

  if (journey.redFlags.length === 0) {
    await page.getByRole('checkbox', { name: NONE_OF_THESE_OPTION.label, exact: true }).check();
  } else {
    await tick(page, RED_FLAGS_FIELD, journey.redFlags);
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
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
  const shown = await foods.locator('.results-food__name').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  const forbidden = forbiddenFoodNames(['fish', 'egg', 'dairy', 'meat'], 'vegan');
  expect(shown.filter((name) => forbidden.includes(name))).toEqual([]);
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
  // Nothing but the heading comes before the panel.
  const firstBlocks = await main
    .locator('.results > *')
    .evaluateAll((nodes) => nodes.slice(0, 2).map((node) => node.tagName));
  expect(firstBlocks).toEqual(['H1', 'SECTION']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results have no axe violations in ${colorScheme} mode, with every section open`, async ({
    page,
  }) => {
    // Two full axe runs over a long page, after the whole questionnaire.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await answerEverything(page, { ...VEGAN_TINGLING, redFlags: ['one-leg-swollen'] });

    const closed = await new AxeBuilder({ page }).analyze();
    expect(closed.violations).toEqual([]);

    await openAllDetails(page.getByRole('main'));
    const open = await new AxeBuilder({ page }).analyze();
    expect(open.violations).toEqual([]);
  });
}

test('person can change an answer from the results and see the results change', async ({
  page,
}) => {
  await answerEverything(page, VEGAN_TINGLING);
  await expect(factorHeadings(page).first()).toHaveText(NUTRIENTS['vitamin-b12'].name);

  await page.getByRole('link', { name: 'Change my symptoms' }).click();
  await expect(page).toHaveURL(/\/step\/2$/);
  // The earlier answers are still there.
  const kinds = group(page, 'symptoms.kinds', 'group');
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
  for (const step of [2, 3, 4, 5, 6]) await next(page, step);
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(factorHeadings(page).first()).toHaveText(NUTRIENTS.iron.name);
  const iron = page.getByRole('article', { name: NUTRIENTS.iron.name });
  await expect(iron.getByText(describeReason('symptoms.kinds', 'restless-legs'))).toBeVisible();
});
