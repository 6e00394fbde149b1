// The questionnaire cannot misfire and answers are never lost silently, in a real browser: a
// person's double click on Next (two presses 120 ms apart, the second one counted by the browser
// as the second click of a double click) never answers anything on the step it brings, on a
// phone and on a laptop; unreadable answers are announced and offered as a file; and answers that
// cannot be saved are announced on the step at once.
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { labelFor, RED_FLAGS_FIELD } from '../../src/knowledge/answer-labels';
import type { Answers } from '../../src/scoring';
import { answersWith } from '../scoring/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { endsWith, fillStep, heading, seedStorage, stepPath } from './support/questionnaire';

const DRAFT_KEY = 'legcheck-draft';
const ANSWERS: Answers = answersWith({
  about: { sex: 'female' },
  symptoms: { kinds: ['cramps', 'tingling'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  diet: { pattern: 'vegetarian' },
});

/** A stored draft (format 2) with the steps before the warning signs answered. */
function draftUpToSymptoms(): string {
  const { about, symptoms } = ANSWERS;
  return JSON.stringify({ version: 2, state: { steps: { about, symptoms }, id: 'e2e-safety' } });
}

/**
 * A person's double click on `target`: two presses 120 ms apart at the same spot, the second
 * with click count 2, as the operating system reports a double click.
 */
async function doubleClick(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the button is not on screen');
  // delay: 60 ms down to up and 60 ms up to the next press, so the presses are 120 ms apart.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2, { delay: 60 });
}

/** Nothing on the page is ticked or chosen. */
async function expectNothingChosen(page: Page) {
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
}

test('on a phone, a double click on step 2 Next leaves the warning signs untouched', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedStorage(page, DRAFT_KEY, draftUpToSymptoms());
  await page.goto('/step/symptoms');
  await expect(heading(page)).toContainText('Step 2 of 7');

  await doubleClick(page, page.getByRole('button', { name: 'Next' }));

  await expect(page).toHaveURL(/\/step\/warning-signs$/);
  await expect(heading(page)).toContainText('Step 3 of 7');
  await expect(
    page.getByRole('checkbox', { name: labelFor(RED_FLAGS_FIELD, 'saddle-numbness') }),
  ).not.toBeChecked();
  await expectNothingChosen(page);
  await expect(page.getByText('Error:')).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a double tap on step 2 Next leaves the warning signs untouched', async ({ page }) => {
    await seedStorage(page, DRAFT_KEY, draftUpToSymptoms());
    await page.goto('/step/symptoms');
    await expect(heading(page)).toContainText('Step 2 of 7');
    const next = page.getByRole('button', { name: 'Next' });
    await next.scrollIntoViewIfNeeded();
    const box = await next.boundingBox();
    if (!box) throw new Error('Next is not on screen');

    // Two taps at one spot, the second 120 ms after the first, as a person's double tap.
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(120);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);

    await expect(page).toHaveURL(/\/step\/warning-signs$/);
    await expect(heading(page)).toContainText('Step 3 of 7');
    await expectNothingChosen(page);
  });
});

test('on a laptop, a double click on Next of steps 1 to 6 never answers the next step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/step/about');

  for (let step = 1; step <= 6; step += 1) {
    await fillStep(page, step, ANSWERS);
    await doubleClick(page, page.getByRole('button', { name: 'Next' }));

    await expect(page).toHaveURL(endsWith(stepPath(step + 1)));
    await expect(heading(page)).toContainText(`Step ${step + 1} of 7`);
    await expectNothingChosen(page);
    await expect(page.getByText('Error:')).toHaveCount(0);
  }
});

test('answers that cannot be read are announced where the person lands, kept, and offered as a file', async ({
  page,
}) => {
  const unreadable = JSON.stringify({
    version: 2,
    state: { steps: { about: { ageBand: '200' } } },
  });
  await seedStorage(page, DRAFT_KEY, unreadable);
  await page.goto('/step/timing');

  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(
    page.getByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeVisible();
  await expect(page.getByText(/they were kept on this device/)).toBeVisible();
  await expectNoAxeViolations(page, 'step 1 with unreadable earlier answers');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your earlier answers' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^legcheck-unreadable-answers-.*\.json$/);
  const saved: unknown = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(saved).toMatchObject({ format: 'legcheck-draft-backup', items: [{ raw: unreadable }] });

  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeHidden();
});

test('the start page tells a person their earlier answers could not be read', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await seedStorage(page, DRAFT_KEY, '{"version":2,"state":');
  await page.goto('/');

  await expect(
    page.getByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download your earlier answers' })).toBeVisible();
  // The prerendered start page is taken over without a hydration error.
  expect(errors).toEqual([]);
});

test('with storage full, the step says at once that answers are not being saved, until saving works', async ({
  page,
}) => {
  await page.addInitScript((draftKey) => {
    const setItem = Storage.prototype.setItem;
    Reflect.set(window, 'storageFull', true);
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === draftKey && Reflect.get(window, 'storageFull') === true) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  }, DRAFT_KEY);
  await page.goto('/step/about');
  const saving = page.getByRole('status', { name: 'Saving your answers' });

  await fillStep(page, 1, ANSWERS);

  await expect(saving).toContainText(
    "Your answers can't be saved on this device right now (storage is full or blocked). You can still finish; they will be lost if you close this page.",
  );
  await expect(heading(page)).toContainText('Step 1 of 7');
  await expectNoAxeViolations(page, 'step 1 with answers not being saved');

  await page.evaluate(() => Reflect.set(window, 'storageFull', false));
  await page.getByRole('radio', { name: labelFor('about.ageBand', '51-70') }).check();

  await expect(saving).toBeEmpty();
});
