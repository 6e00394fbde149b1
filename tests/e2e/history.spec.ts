// Saved results in a real browser: saved on finishing, kept across a reload, exported, cleared,
// imported back; unreadable storage; two tabs; and the printed summary for a doctor.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { buildExportFile, EXPORT_FORMAT_VERSION } from '../../src/features/history/export-format';
import { NEWER, OLDER, storedHistory } from '../features/history/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { answerQuestionnaire, seedStorage, startQuestionnaire } from './support/questionnaire';
import { answersWith } from '../scoring/fixtures';

/** Moderate night cramps for some weeks on a mixed diet, no warning signs. */
const ANSWERS = answersWith({
  about: { ageBand: '51-70', sex: 'female' },
  symptoms: { kinds: ['cramps'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'weeks' },
  diet: { water: 'under-4-glasses' },
  lifestyle: { sun: 'rarely' },
});

/** The whole questionnaire, from the start page to the results. */
async function finishQuestionnaire(page: Page) {
  await page.goto('/');
  await startQuestionnaire(page);
  await answerQuestionnaire(page, ANSWERS);
}

function savedResults(page: Page): Locator {
  return page.getByRole('link', { name: /^Result from / });
}

test('a finished questionnaire is saved, survives a reload, and goes out and back in as a file', async ({
  page,
}) => {
  // A long journey, with axe over the full results page at the end.
  test.setTimeout(180_000);
  await finishQuestionnaire(page);
  await expect(page.getByText('Saved on this device only.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  // Saved once, although the results page was shown twice.
  await expect(savedResults(page)).toHaveCount(1);
  await expectNoAxeViolations(page, 'history list');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all results as a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^legcheck-history-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({
    format: 'legcheck-history',
    formatVersion: EXPORT_FORMAT_VERSION,
  });
  expect(exported.entries).toHaveLength(1);

  await page.getByRole('button', { name: 'Delete all saved results…' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(page.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();

  await page.getByLabel('Import results from a file').setInputFiles(file);
  await expect(page.getByText('Imported 1, skipped 0 already here.')).toBeVisible();
  await expect(savedResults(page)).toHaveCount(1);
  await page.reload();
  await expect(savedResults(page)).toHaveCount(1);

  await savedResults(page).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Your result from / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'This saved result' })).toBeVisible();
  await expectNoAxeViolations(page, 'one saved result');
});

test('unreadable saved data: the app still starts, says so, and offers the data as a file', async ({
  page,
}) => {
  const broken = '{"state":{"entries":[{"id":"half-written';
  await seedStorage(page, 'legcheck-history', broken);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();

  await page.goto('/history');
  await expect(
    page.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  await expect(page.getByText(/Nothing has been deleted/)).toBeVisible();
  await expectNoAxeViolations(page, 'history with unreadable data');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  const kept = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(kept.items[0].raw).toBe(broken);

  // Downloaded: dealt with, so it is not mentioned again.
  await expect(
    page.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeHidden();
});

test('a result imported in one tab appears in the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/history');
  await second.goto('/history');
  await expect(first.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();

  await second.getByLabel('Import results from a file').setInputFiles({
    name: 'results.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(buildExportFile([NEWER, OLDER]))),
  });
  await expect(second.getByText('Imported 2, skipped 0 already here.')).toBeVisible();
  await expect(savedResults(first)).toHaveCount(2);

  await first
    .getByRole('button', { name: /^Delete the result from / })
    .first()
    .click();
  await expect(savedResults(second)).toHaveCount(1);
});

test('the summary for a doctor prints without the app around it', async ({ page }) => {
  await seedStorage(page, 'legcheck-history', storedHistory([NEWER, OLDER]));
  await page.goto(`/history/${NEWER.id}/print`);
  const title = page.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' });
  await expect(title).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expectNoAxeViolations(page, 'print summary on screen');

  await page.emulateMedia({ media: 'print' });
  await expect(title).toBeVisible();
  for (const section of [
    'Advice from the answers',
    'The person’s note',
    'Nutrient factors, ranked',
    'Blood tests to ask about',
    'Medicines, conditions and supplements',
    'The answers in short',
    'Sources',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();

  // One or two pages of A4.
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const count = Number(/\/Type\s*\/Pages\s*\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1]);
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(2);
});
