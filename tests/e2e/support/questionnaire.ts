// The questionnaire as a person fills it in, found by the words they read
// (src/knowledge/answer-labels.ts) and by roles, never by test ids.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AnswerLabels } from '../../../src/knowledge/answer-labels';
import {
  ANSWER_LABELS,
  FOOD_GROUPS_QUESTION,
  labelFor,
  NONE_OF_THESE_OPTION,
  RED_FLAGS_FIELD,
} from '../../../src/knowledge/answer-labels';
import { STEP_COUNT, STEP_KEYS, stepTitle } from '../../../src/features/wizard/steps';
import { paths } from '../../../src/lib/paths';
import type { Answers } from '../../../src/scoring';
import { FOOD_GROUPS, isShown } from '../../../src/scoring';

/** A question, by its dotted answer path, e.g. 'diet.dairy' or 'redFlags'. */
export type Field = keyof AnswerLabels;

/** The step's main heading (it holds "Step n of 7" and the step's title). */
export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** A single-choice question: a radio group named by its legend. */
export function radios(scope: Page | Locator, field: Field): Locator {
  return scope.getByRole('radiogroup', { name: ANSWER_LABELS[field].question, exact: true });
}

/** A multiple-choice question: a checkbox group named by its legend. */
export function boxes(scope: Page | Locator, field: Field): Locator {
  return scope.getByRole('group', { name: ANSWER_LABELS[field].question, exact: true });
}

/** Picks one option of a single-choice question by the option's words. */
export async function pick(scope: Page | Locator, field: Field, value: string) {
  await radios(scope, field)
    .getByRole('radio', { name: labelFor(field, value), exact: true })
    .check();
}

/** Ticks each named option of a multiple-choice question. */
export async function tick(scope: Page | Locator, field: Field, values: readonly string[]) {
  for (const value of values) {
    await boxes(scope, field)
      .getByRole('checkbox', { name: labelFor(field, value), exact: true })
      .check();
  }
}

/** The step the page is on, read from its address, so Next can check it moved on by one. */
function currentStep(page: Page): number {
  const { pathname } = new URL(page.url());
  const index = STEP_KEYS.findIndex((key) => pathname === paths.step(key));
  if (index < 0) throw new Error(`not on a wizard step: ${page.url()}`);
  return index + 1;
}

/** The address of step `step` (1 to 7), e.g. '/step/warning-signs' for step 3. */
export function stepPath(step: number): string {
  const key = STEP_KEYS[step - 1];
  if (!key) throw new Error(`there is no step ${step}`);
  return paths.step(key);
}

/** An address as a pattern for toHaveURL: the whole path, at the end of the URL. */
export function endsWith(path: string): RegExp {
  return new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Presses Next and waits for the following step's address and heading. */
export async function next(page: Page) {
  const step = currentStep(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(endsWith(stepPath(step + 1)));
  await expect(heading(page)).toContainText(`Step ${step + 1} of ${STEP_COUNT}`);
}

/** From the start page, opens step 1 by its link. */
export async function startQuestionnaire(page: Page) {
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await expect(page).toHaveURL(endsWith(stepPath(1)));
}

/** Fills the one step (1 to 7) the page is on from `answers`, without moving on. */
export async function fillStep(page: Page, step: number, answers: Answers) {
  const key = STEP_KEYS[step - 1];
  if (!key) throw new Error(`there is no step ${step}`);
  await expect(heading(page)).toContainText(stepTitle(key));
  switch (key) {
    case 'about':
      await pick(page, 'about.ageBand', answers.about.ageBand);
      await pick(page, 'about.sex', answers.about.sex);
      // Pregnancy is only asked when sex is not male.
      if (answers.about.sex !== 'male') {
        await pick(page, 'about.pregnant', String(answers.about.pregnant));
      }
      return;
    case 'symptoms':
      await tick(page, 'symptoms.kinds', answers.symptoms.kinds);
      await pick(page, 'symptoms.legs', answers.symptoms.legs);
      await pick(page, 'symptoms.severity', answers.symptoms.severity);
      return;
    case 'timing':
      await tick(page, 'timing.when', answers.timing.when);
      await pick(page, 'timing.duration', answers.timing.duration);
      await pick(page, 'timing.onset', answers.timing.onset);
      return;
    case 'diet': {
      await pick(page, 'diet.pattern', answers.diet.pattern);
      const grid = page.getByRole('group', { name: FOOD_GROUPS_QUESTION, exact: true });
      // A food group the way of eating leaves out (a vegan's dairy) is not asked.
      for (const food of FOOD_GROUPS) {
        if (isShown(`diet.${food}`, answers.diet)) {
          await pick(grid, `diet.${food}`, answers.diet[food]);
        } else await expect(radios(grid, `diet.${food}`)).toHaveCount(0);
      }
      await pick(page, 'diet.water', answers.diet.water);
      await pick(page, 'diet.alcohol', answers.diet.alcohol);
      return;
    }
    case 'lifestyle':
      await pick(page, 'lifestyle.sun', answers.lifestyle.sun);
      await pick(page, 'lifestyle.sweating', answers.lifestyle.sweating);
      await tick(page, 'lifestyle.supplements', answers.lifestyle.supplements);
      return;
    case 'health':
      await tick(page, 'health.conditions', answers.health.conditions);
      await tick(page, 'health.medications', answers.health.medications);
      return;
    case 'warningSigns':
      if (answers.redFlags.length === 0) {
        await page.getByRole('checkbox', { name: NONE_OF_THESE_OPTION.label, exact: true }).check();
      } else {
        await tick(page, RED_FLAGS_FIELD, answers.redFlags);
      }
      return;
  }
}

/** Answers all seven steps from step 1, presses "See my results" and waits for /results. */
export async function answerQuestionnaire(page: Page, answers: Answers) {
  await expect(page).toHaveURL(endsWith(stepPath(1)));
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await fillStep(page, step, answers);
    if (step < STEP_COUNT) await next(page);
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
}

/** Puts text under a localStorage key before the app's first script runs (first load only). */
export async function seedStorage(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([seedKey, seedValue]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(seedKey, seedValue);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [key, value] as const,
  );
}
