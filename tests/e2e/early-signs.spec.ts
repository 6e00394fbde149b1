// Issue 13: the warning signs are asked before anything slow. A person walks the questionnaire
// from the start page, answering every question each step shows, until the warning signs
// appear; the answers given on the way are counted (26 when the signs were the last step; the
// goal is at most 8, and the README records the number). Old addresses still land on the signs.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { labelFor, RED_FLAGS_FIELD } from '../../src/knowledge/answer-labels';
import { heading, tick } from './support/questionnaire';

/** At most this many answers come before the warning-sign question (issue 13). */
const MOST_ANSWERS_BEFORE_SIGNS = 8;

const signsHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /warning signs/i });

/**
 * Answers every question the step on screen asks, as a person would, one at a time (a question
 * that appears after an answer, such as pregnancy, is answered too), and says how many.
 */
async function answerEveryQuestion(page: Page): Promise<number> {
  let answered = 0;
  for (;;) {
    // The last option of a single choice: never "Under 18", and for sex one that brings the
    // pregnancy question too (the longest way through).
    const radios = page
      .getByRole('radiogroup')
      .filter({ hasNot: page.getByRole('radio', { checked: true }) })
      .first();
    if ((await radios.count()) > 0) {
      await radios.getByRole('radio').last().check();
      answered += 1;
      continue;
    }
    const boxes = page
      .getByRole('group')
      .filter({ has: page.getByRole('checkbox') })
      .filter({ hasNot: page.getByRole('checkbox', { checked: true }) })
      .first();
    if ((await boxes.count()) > 0) {
      await boxes.getByRole('checkbox').first().check();
      answered += 1;
      continue;
    }
    return answered;
  }
}

test('at most 8 answers come before the warning-sign question', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await expect(heading(page)).toContainText('Step 1 of 7');

  let answers = 0;
  for (let steps = 0; steps < 7; steps += 1) {
    const title = await heading(page).textContent();
    if (/warning signs/i.test(title ?? '')) break;
    answers += await answerEveryQuestion(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(heading(page)).not.toHaveText(title ?? '');
  }

  await expect(signsHeading(page)).toBeVisible();
  test
    .info()
    .annotations.push({ type: 'answers before the warning signs', description: `${answers}` });
  expect(answers).toBeGreaterThan(0);
  expect(answers).toBeLessThanOrEqual(MOST_ANSWERS_BEFORE_SIGNS);
});

test('a ticked sign says what to do now; the person can stop, or go on, and nothing is lost', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await expect(heading(page)).toContainText('Step 1 of 7');
  await answerEveryQuestion(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(heading(page)).toContainText('Step 2 of 7');
  await answerEveryQuestion(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(signsHeading(page)).toContainText('Step 3 of 7');

  await tick(page, RED_FLAGS_FIELD, ['one-leg-swollen']);
  const advice = page.getByRole('alert');
  await expect(advice).toContainText('Get seen today');
  await expect(advice).toContainText('You can stop here');

  // Stopping: the person leaves, and comes back later to everything they answered. Resume opens
  // the first step not yet answered (timing); the signs and their advice are one step back.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('link', { name: 'Resume where you left off' }).click();
  await expect(heading(page)).toContainText('Step 4 of 7');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(signsHeading(page)).toContainText('Step 3 of 7');
  const sign = page.getByRole('checkbox', { name: labelFor(RED_FLAGS_FIELD, 'one-leg-swollen') });
  await expect(sign).toBeChecked();
  await expect(advice).toContainText('Get seen today');

  // Going on: Next leads to the rest of the questions, for the nutrition part.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(heading(page)).toContainText('Step 4 of 7');
});

for (const [old, now] of [
  ['/step/7', '/step/warning-signs'],
  ['/step/1', '/step/about'],
] as const) {
  test(`an old bookmark of ${old} opens ${now} and the address is corrected`, async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(new RegExp(`${now}$`));
    if (now === '/step/warning-signs') await expect(signsHeading(page)).toBeVisible();
    else await expect(heading(page)).toContainText('About you');
  });
}
