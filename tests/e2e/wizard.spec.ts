// The wizard in a real browser: addresses, Back/Forward, reload, Start over, keyboard-only use,
// focus after each step, and axe on every step in light and dark mode.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { labelFor, NONE_OF_THESE_OPTION, RED_FLAGS_FIELD } from '../../src/knowledge/answer-labels';
import type { Answers } from '../../src/scoring';
import { FOOD_GROUPS } from '../../src/scoring';
import { answersWith } from '../scoring/fixtures';
import { expectNoAxeViolations } from './support/axe';
import type { Field } from './support/questionnaire';
import { boxes, fillStep, heading, next, pick, radios, tick } from './support/questionnaire';

/** What each step is filled with, by mouse (the warning signs: None of these). */
const ANSWERS: Answers = answersWith({
  about: { sex: 'female' },
  symptoms: { kinds: ['cramps', 'tingling'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  diet: { pattern: 'vegetarian' },
});

/** Fills and leaves steps 1 to `lastStep` one at a time; `check` runs on every step first. */
async function fillUpTo(page: Page, lastStep: number, check?: () => Promise<void>) {
  for (let step = 1; step <= lastStep; step += 1) {
    await check?.();
    await fillStep(page, step, ANSWERS);
    await next(page);
  }
}

/** Presses Tab until `target` has focus (keyboard only; fails if it never arrives). */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('browser Back and Forward move between steps and keep every answer', async ({ page }) => {
  await page.goto('/step/about');
  await fillUpTo(page, 1);
  await tick(page, 'symptoms.kinds', ['numbness']);

  await page.goBack();
  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(heading(page)).toBeFocused();
  await expect(
    radios(page, 'about.ageBand').getByRole('radio', { name: '31 to 50' }),
  ).toBeChecked();
  await expect(radios(page, 'about.pregnant').getByRole('radio', { name: 'No' })).toBeChecked();

  await page.goForward();
  await expect(page).toHaveURL(/\/step\/symptoms$/);
  await expect(page.getByRole('checkbox', { name: 'Numbness', exact: true })).toBeChecked();
});

test('a reload mid-way comes back to the same step with its answers', async ({ page }) => {
  await page.goto('/step/about');
  await fillUpTo(page, 4);
  await pick(page, 'diet.pattern', 'vegan');

  await page.reload();

  await expect(page).toHaveURL(/\/step\/diet$/);
  await expect(heading(page)).toContainText('Diet');
  await expect(
    radios(page, 'diet.pattern').getByRole('radio', { name: labelFor('diet.pattern', 'vegan') }),
  ).toBeChecked();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(
    page.getByRole('checkbox', { name: labelFor('timing.when', 'night') }),
  ).toBeChecked();
});

test('a later step cannot be opened before the earlier ones', async ({ page }) => {
  await page.goto('/step/lifestyle');

  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(heading(page)).toContainText('About you');
});

test('Start over asks for confirmation before clearing anything', async ({ page }) => {
  await page.goto('/step/about');
  await fillUpTo(page, 1);
  await page.getByRole('link', { name: 'Home', exact: true }).click();

  await page.getByRole('button', { name: 'Start over' }).click();
  const question = page.getByRole('heading', { name: 'Clear your answers and start over?' });
  await expect(question).toBeFocused();
  await page.getByRole('button', { name: 'No, keep my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Resume where you left off' })).toHaveAttribute(
    'href',
    '/step/symptoms',
  );

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(
    radios(page, 'about.ageBand').getByRole('radio', { name: '31 to 50' }),
  ).not.toBeChecked();
});

test('focus lands on the step heading after every Next, and the last step leads to the results', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await expect(heading(page)).toBeFocused();
  await fillUpTo(page, 6, async () => {
    await expect(heading(page)).toBeFocused();
    await expect(page).toHaveTitle(/^Step \d of 7: .+ – LegCheck$/);
  });

  await expect(heading(page)).toBeFocused();
  await fillStep(page, 7, ANSWERS);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
});

test('a failed Next shows the messages and focuses the first question missing', async ({
  page,
}) => {
  await page.goto('/step/about');
  await pick(page, 'about.ageBand', '18-30');

  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(/\/step\/about$/);
  const sex = radios(page, 'about.sex');
  await expect(sex).toHaveAttribute('aria-invalid', 'true');
  await expect(sex.getByRole('radio', { name: 'Female' })).toBeFocused();
  await expect(sex.getByText('Choose the option that fits you best')).toBeVisible();
});

test('a ticked warning sign says at once what to do', async ({ page }) => {
  await page.goto('/step/warning-signs');

  await tick(page, RED_FLAGS_FIELD, ['cold-pale-leg']);

  await expect(page.getByRole('alert')).toContainText('Call your local emergency number now');
});

test('person can answer the whole wizard with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Start the questions' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();

  const nextButton = page.getByRole('button', { name: 'Next' });
  const firstRadio = (field: Field) => radios(page, field).getByRole('radio').first();
  const firstBox = (field: Field) => boxes(page, field).getByRole('checkbox').first();

  /** Tab into a radio group, then choose by Space (first option) or arrow keys. */
  async function choose(field: Field, arrowPresses: number) {
    await tabTo(page, firstRadio(field));
    if (arrowPresses === 0) await page.keyboard.press('Space');
    for (let press = 0; press < arrowPresses; press += 1) await page.keyboard.press('ArrowDown');
  }
  async function submit(label = 'Next') {
    await tabTo(page, page.getByRole('button', { name: label }));
    await page.keyboard.press('Enter');
  }

  // 1 About you: arrow keys past "Under 18" to "18 to 30", Space for "Female", then "No".
  await choose('about.ageBand', 1);
  await expect(page.getByRole('radio', { name: '18 to 30' })).toBeChecked();
  await choose('about.sex', 0);
  await choose('about.pregnant', 1);
  await submit();
  await expect(heading(page)).toContainText('Symptoms');
  await expect(heading(page)).toBeFocused();

  // 2 Symptoms: Space ticks the first box.
  await tabTo(page, firstBox('symptoms.kinds'));
  await page.keyboard.press('Space');
  await choose('symptoms.legs', 0);
  await choose('symptoms.severity', 0);
  await submit();
  await expect(heading(page)).toContainText('Warning signs');

  // 3 Warning signs: Enter without an answer is refused, then "None of these".
  await submit();
  await expect(page).toHaveURL(/\/step\/warning-signs$/);
  await expect(firstBox(RED_FLAGS_FIELD)).toBeFocused();
  await tabTo(page, page.getByRole('checkbox', { name: NONE_OF_THESE_OPTION.label }));
  await page.keyboard.press('Space');
  await submit();
  await expect(heading(page)).toContainText('Timing');

  // 4 Timing
  await tabTo(page, firstBox('timing.when'));
  await page.keyboard.press('Space');
  await choose('timing.duration', 2);
  await choose('timing.onset', 0);
  await submit();
  await expect(heading(page)).toContainText('Diet');

  // 5 Diet: every food group by keyboard.
  await choose('diet.pattern', 0);
  for (const group of FOOD_GROUPS) await choose(`diet.${group}`, 1);
  await choose('diet.water', 0);
  await choose('diet.alcohol', 0);
  await submit();
  await expect(heading(page)).toContainText('Lifestyle');

  // 6 Lifestyle
  await choose('lifestyle.sun', 0);
  await choose('lifestyle.sweating', 0);
  await submit();
  await expect(heading(page)).toContainText('Health and medicines');

  // 7 Health, the last step: nothing to tick.
  await submit('See my results');
  await expect(page).toHaveURL(/\/results$/);
  await expect(nextButton).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the start page and every step (${colorScheme})`, async ({
    page,
  }) => {
    // Eleven full axe runs on a shared, slow machine: give them room.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await expectNoAxeViolations(page, 'start');
    await page.getByRole('link', { name: 'Start the questions' }).click();

    // Errors shown, and the under-18 notice, are checked too.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(radios(page, 'about.ageBand')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'step 1 with errors');
    await page.getByRole('radio', { name: 'Under 18' }).check();
    await expectNoAxeViolations(page, 'step 1 under 18');

    let step = 0;
    await fillUpTo(page, 6, async () => {
      step += 1;
      if (step === 3) {
        // The warning signs with signs ticked and their advice shown (then None of these).
        await tick(page, RED_FLAGS_FIELD, ['one-leg-swollen', 'dark-urine']);
        await expect(page.getByRole('alert')).toContainText('Call your local emergency number now');
        await expectNoAxeViolations(page, 'step 3 with signs');
        return;
      }
      await expectNoAxeViolations(page, `step ${step}`);
    });
    await expectNoAxeViolations(page, 'step 7');

    await page.goto('/no/such/page');
    await expect(heading(page)).toHaveText('Page not found');
    await expectNoAxeViolations(page, 'not found');
  });
}

test('no sideways scrolling at 320px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/step/about', '/step/warning-signs']) {
    await page.goto(path);
    await expect(heading(page)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
