// Saving a result in a real browser: a finished questionnaire is saved once however often the
// results page is opened, a deletion sticks (also across tabs), damaged history is never
// replaced without a word, and a note edited in two tabs is not lost without a warning.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { OLDER, snapshotOf, storedHistory, TINGLING_ANSWERS } from '../features/history/fixtures';

// A finished questionnaire in the draft's first stored format, which the app migrates.
const FINISHED_DRAFT = fs.readFileSync(
  new URL('../fixtures/finished-draft.json', import.meta.url),
  'utf8',
);
const DRAFT_KEY = 'legcheck-draft';
const HISTORY_KEY = 'legcheck-history';
const UNREADABLE = 'Some saved results could not be read';

/**
 * Puts `items` into localStorage before the page's first script runs, once per tab (a reload
 * keeps what the app wrote since). Another tab of the same context shares what was seeded.
 */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded') !== null) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', 'yes');
  }, items);
}

async function openResults(page: Page) {
  await page.goto('/results');
  // The results code loads on demand; give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible({
    timeout: 15_000,
  });
}

function savedResults(page: Page): Locator {
  return page.getByRole('link', { name: /^Result from / });
}

async function openHistory(page: Page) {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible({
    timeout: 15_000,
  });
}

test('reloading the results page twice keeps one saved result', async ({ page }) => {
  await seed(page, { [DRAFT_KEY]: FINISHED_DRAFT });
  await openResults(page);
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
  for (let reload = 0; reload < 2; reload += 1) {
    await page.reload();
    await expect(page.getByText('Saved on this device only.')).toBeVisible({ timeout: 15_000 });
  }
  await openHistory(page);
  await expect(savedResults(page)).toHaveCount(1);
});

test('a result the person chose not to keep stays deleted after a reload', async ({ page }) => {
  await seed(page, { [DRAFT_KEY]: FINISHED_DRAFT });
  await openResults(page);
  await page.getByRole('button', { name: 'Don’t keep this result' }).click();
  await expect(page.getByText(/no longer kept on this device/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/no longer kept on this device/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Undo: keep it after all' })).toBeVisible();
  await openHistory(page);
  await expect(page.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();
});

test('a result deleted in one tab is not saved again when the other tab reloads the results', async ({
  context,
}) => {
  const first = await context.newPage();
  await seed(first, { [DRAFT_KEY]: FINISHED_DRAFT });
  await openResults(first);
  await expect(first.getByText('Saved on this device only.')).toBeVisible();
  const second = await context.newPage();
  await openResults(second);
  await expect(second.getByText('Saved on this device only.')).toBeVisible();

  await first.getByRole('button', { name: 'Don’t keep this result' }).click();
  await expect(first.getByText(/no longer kept on this device/)).toBeVisible();
  // The other tab hears of it, and a reload there does not bring it back.
  await expect(second.getByText(/no longer kept on this device/)).toBeVisible();
  await second.reload();
  await expect(second.getByText(/no longer kept on this device/)).toBeVisible({
    timeout: 15_000,
  });
  await openHistory(first);
  await expect(first.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();
});

test('a saved result dated in the future does not make a reload save a duplicate', async ({
  page,
}) => {
  const ahead = snapshotOf(TINGLING_ANSWERS, 'from-a-fast-clock', '2999-01-01T09:00:00.000Z');
  await seed(page, { [DRAFT_KEY]: FINISHED_DRAFT, [HISTORY_KEY]: storedHistory([ahead]) });
  await openResults(page);
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Saved on this device only.')).toBeVisible({ timeout: 15_000 });
  await openHistory(page);
  await expect(savedResults(page)).toHaveCount(2);
});

test('damaged history under a finished questionnaire: every page says so until the data is downloaded', async ({
  page,
}) => {
  const damaged = '{"state":{"entries":[{"id":"cut-sh';
  await seed(page, { [DRAFT_KEY]: FINISHED_DRAFT, [HISTORY_KEY]: damaged });
  await openResults(page);
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
  // Dismissing hides it for this visit only.
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeHidden();

  await openHistory(page);
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeVisible();
  await expect(savedResults(page)).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  const kept = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(kept.items.map((item: { raw: string }) => item.raw)).toEqual([damaged]);
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeHidden();

  await page.reload();
  await expect(savedResults(page)).toHaveCount(1, { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Saved results on this device: 1/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('heading', { name: UNREADABLE })).toBeHidden();
});

test('a note edited in two tabs: the later save warns, keeps the other note, and can replace it', async ({
  context,
}) => {
  const first = await context.newPage();
  await seed(first, { [HISTORY_KEY]: storedHistory([OLDER]) });
  const address = `/history/${OLDER.id}`;
  await first.goto(address);
  const second = await context.newPage();
  await second.goto(address);
  const toolbar = (page: Page) => page.getByRole('region', { name: 'This saved result' });
  const field = (page: Page) => page.getByLabel('Note for yourself or your doctor');

  await toolbar(first).getByRole('button', { name: 'Add a note' }).click({ timeout: 15_000 });
  await field(first).fill('Ask about magnesium');
  await toolbar(second).getByRole('button', { name: 'Add a note' }).click({ timeout: 15_000 });
  await field(second).fill('Cramps worse after long walks');
  await toolbar(second).getByRole('button', { name: 'Save note' }).click();
  await expect(toolbar(second).getByText('Note saved.')).toBeVisible();

  await toolbar(first).getByRole('button', { name: 'Save note' }).click();
  await expect(toolbar(first).getByRole('alert')).toContainText('changed in another tab or window');
  await expect(toolbar(first).getByRole('alert')).toContainText('Cramps worse after long walks');
  await expect(field(first)).toHaveValue('Ask about magnesium');

  await toolbar(first).getByRole('button', { name: 'Replace it with my note' }).click();
  await expect(toolbar(first).getByText('Note saved.')).toBeVisible();
  await expect(toolbar(second).getByText('Ask about magnesium')).toBeVisible();
});
