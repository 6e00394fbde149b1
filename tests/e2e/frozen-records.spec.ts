// A person who saved results with an earlier LegCheck comes back to this one: the frozen
// fixtures in tests/fixtures/records (written once by the app of their day, never edited) open,
// print and import in a real browser. If this fails after a change, add a record migration
// (src/features/history/records); never edit a fixture.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { seedStorage } from './support/questionnaire';

/** Where a frozen fixture lives. */
function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/records/${name}`, import.meta.url));
}

test('results saved by an earlier LegCheck open, print and take in an earlier export file', async ({
  page,
}) => {
  await seedStorage(
    page,
    'legcheck-history',
    await readFile(fixturePath('history-v2.json'), 'utf8'),
  );
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  const results = page.getByRole('link', { name: /^Result from / });
  await expect(results).toHaveCount(3);
  await expect(page.getByText('Some saved results could not be read')).toBeHidden();

  // The result with a warning sign: its advice leads the page, exactly as it was saved.
  const swollen = page.getByRole('listitem').filter({ hasText: 'Same-day care advised' });
  await swollen.getByRole('link', { name: /^Result from / }).click();
  await expect(page).toHaveURL(/\/history\/addd8945-2e8b-458a-87cb-1d4ee96eea33$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Your result from / })).toBeVisible();
  const advice = page.getByRole('region', {
    name: /^Warning sign: what to do now\W+Get seen today$/,
  });
  await expect(advice).toBeVisible();
  await expect(advice.getByText('One leg swollen, red or warm, with a tender calf')).toBeVisible();

  await page.getByRole('link', { name: 'Summary for your doctor (print or PDF)' }).click();
  await expect(page).toHaveURL(/\/history\/addd8945-2e8b-458a-87cb-1d4ee96eea33\/print$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Advice from the answers' }),
  ).toBeVisible();
  await expect(page.getByText('Get seen today.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  // An export file from the same earlier LegCheck: one result is already here, one is new.
  await page.goto('/history');
  await page.getByLabel('Import results from a file').setInputFiles(fixturePath('export-v1.json'));
  await expect(page.getByText('Imported 1, skipped 1 already here.')).toBeVisible();
  await expect(results).toHaveCount(4);
  await page.reload();
  await expect(results).toHaveCount(4);
  const runner = page.getByRole('listitem').filter({ hasText: /August 12, 2026/ });
  await runner.getByRole('link', { name: /^Result from / }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Your result from August 12, 2026/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^What to do now\W+Book a doctor’s appointment$/ }),
  ).toBeVisible();
});
