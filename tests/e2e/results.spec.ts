// The results page on its own: answers are put straight into the wizard's saved draft, so these
// tests look at layout, keyboard use and the empty state without walking the wizard each time.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { NUTRIENTS } from '../../src/knowledge/nutrients';
import { expectNoAxeViolations } from './support/axe';
import { seedStorage } from './support/questionnaire';

// A finished questionnaire as src/features/wizard/draft-store.ts keeps it in localStorage
// (DRAFT_STORAGE_KEY, DRAFT_VERSION): the page reads it back through its own schema. The
// Lighthouse bench seeds the same file (tests/fixtures/finished-draft.json).
const DRAFT_KEY = 'legcheck-draft';
const DRAFT = JSON.parse(
  fs.readFileSync(new URL('../fixtures/finished-draft.json', import.meta.url), 'utf8'),
) as { version: number; state: { steps: Record<string, unknown> } };

/** A few days of mild cramps and nothing else: the self-care level. */
const SELF_CARE_DRAFT = {
  ...DRAFT,
  state: {
    steps: {
      ...DRAFT.state.steps,
      symptoms: { kinds: ['cramps'], legs: 'both', severity: 'mild' },
      timing: { when: ['night'], duration: 'days', onset: 'gradual' },
      health: { conditions: [], medications: [] },
    },
  },
};

async function seedDraft(page: Page, draft: object = DRAFT) {
  await seedStorage(page, DRAFT_KEY, JSON.stringify(draft));
}

async function openResults(page: Page, draft: object = DRAFT) {
  await seedDraft(page, draft);
  await page.goto('/results');
  // The results code loads on demand; give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible({
    timeout: 15_000,
  });
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('person without answers is sent to the questionnaire', async ({ page }) => {
  await page.goto('/results');
  await expect(page.getByText(/no results yet/i)).toBeVisible();
  await page.getByRole('link', { name: 'Start the questionnaire' }).click();
  await expect(page).toHaveURL(/\/step\/about$/);
});

test('nothing on the results page moves once it is drawn, and the save is announced', async ({
  page,
}) => {
  // A desktop window, where the save notice and the text below it are in view at once.
  await page.setViewportSize({ width: 1350, height: 940 });
  await openResults(page);
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^This result was saved on this device;/ }),
  ).toBeAttached();
  const shifts = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(
            list
              .getEntries()
              .map(
                (entry) =>
                  `${(entry as unknown as { value: number }).value} at ${Math.round(entry.startTime)} ms`,
              ),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }),
  );
  expect(shifts).toEqual([]);
});

test('results fit a 320px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openResults(page);
  for (const summary of await page.locator('summary').all()) await summary.click();
  await expectNoSideways(page);
  await expect(page.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
});

test('results stay usable at 200% zoom', async ({ page }) => {
  // A 1280px window at 200% zoom lays out like a 640px one with twice the pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  await openResults(page);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expectNoSideways(page);
  await expect(page.getByRole('meter', { name: /^Vitamin B12 score/ })).toBeVisible();
});

test('keyboard user can reach the factors, open the less likely ones and change an answer', async ({
  page,
}) => {
  // Tabbing through a long page one key at a time is slow on a busy machine.
  test.setTimeout(150_000);
  await openResults(page);

  const lessLikely = page.locator('summary', { hasText: /^Less likely from your answers/ });
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    if (await lessLikely.evaluate((node) => node === document.activeElement)) break;
  }
  await expect(lessLikely).toBeFocused();
  await page.keyboard.press('Enter');
  const unlikelyHeading = page
    .getByRole('region', { name: 'What could be involved' })
    .getByRole('group')
    .getByRole('heading', { level: 3 })
    .first();
  await expect(unlikelyHeading).toBeVisible();

  const change = page.getByRole('link', { name: 'Change my diet answers' });
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    if (await change.evaluate((node) => node === document.activeElement)) break;
  }
  await expect(change).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/step\/diet$/);
  await expect(page.getByRole('heading', { level: 1, name: /Diet/ })).toBeFocused();
});

test('after the last step, focus lands on the results heading', async ({ page }) => {
  await seedDraft(page);
  // A fresh load of the last step: the results code is not loaded yet when Next is pressed.
  await page.goto('/step/health');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused();
});

test('source links jump to the source list', async ({ page }) => {
  await openResults(page);
  const b12 = page.getByRole('article', { name: NUTRIENTS['vitamin-b12'].name });
  const ref = b12.getByRole('link', { name: /^Source S\d+$/ }).first();
  const name = (await ref.getAttribute('href')) ?? '';
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${name}$`));
  await expect(page.locator(name)).toBeInViewport();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [level, draft, action] of [
    ['see a doctor', DRAFT, /Book a doctor/],
    ['self-care', SELF_CARE_DRAFT, /Start with food, fluids and habits/],
  ] as const) {
    test(`the ${level} panel has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openResults(page, draft);
      const panel = page.getByRole('region', { name: /^What to do now/ });
      await expect(panel.getByRole('heading', { level: 2 })).toContainText(action);
      await expectNoAxeViolations(page, `${level} panel (${colorScheme})`, {
        include: 'section[aria-labelledby="results-triage-heading"]',
      });
    });
  }
}
