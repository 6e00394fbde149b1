// Addresses in a real browser: saved results whose ids look like paths, escapes or page names
// open as themselves; an address typed with a slash at the end, or one with a broken escape,
// still leads somewhere sensible.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  CRAMPS_ANSWERS,
  snapshotOf,
  storedHistory,
  TINGLING_ANSWERS,
} from '../features/history/fixtures';
import { seedStorage } from './support/questionnaire';

// Dates are shown in the person's locale and time zone: pin them so the words are known.
test.use({ locale: 'en-US', timezoneId: 'UTC' });

/** Saved results (imported from a file, say) whose ids were once read as something else. */
const AWKWARD = [
  { id: '../../x', createdAt: '2025-01-10T09:30:00.000Z', date: 'January 10, 2025' },
  { id: 'a/b', createdAt: '2025-02-11T09:30:00.000Z', date: 'February 11, 2025' },
  { id: '100%', createdAt: '2025-03-12T09:30:00.000Z', date: 'March 12, 2025' },
  { id: 'compare', createdAt: '2025-04-13T09:30:00.000Z', date: 'April 13, 2025' },
] as const;

async function seedAwkwardHistory(page: Page) {
  const entries = AWKWARD.map(({ id, createdAt }, index) =>
    snapshotOf(index % 2 === 0 ? CRAMPS_ANSWERS : TINGLING_ANSWERS, id, createdAt),
  );
  // The store keeps the newest first.
  await seedStorage(page, 'legcheck-history', storedHistory(entries.reverse()));
}

function resultHeading(page: Page, date: string) {
  return page.getByRole('heading', { level: 1, name: new RegExp(`^Your result from ${date}`) });
}

test('saved results whose ids look like paths open as themselves, print, and compare', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seedAwkwardHistory(page);
  await page.goto('/history');
  await expect(page.getByRole('link', { name: /^Result from / })).toHaveCount(AWKWARD.length);

  for (const { date } of AWKWARD) {
    await page.getByRole('link', { name: new RegExp(`^Result from ${date}`) }).click();
    await expect(resultHeading(page, date)).toBeVisible();
    // The address is the result's own: opening it afresh shows the same result.
    await page.reload();
    await expect(resultHeading(page, date)).toBeVisible();

    await page.getByRole('link', { name: 'Summary for your doctor (print or PDF)' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
    ).toBeVisible();
    await expect(page.getByText(new RegExp(`filled in themselves, on ${date}`))).toBeVisible();

    await page.getByRole('link', { name: 'Back to the full result' }).click();
    await expect(resultHeading(page, date)).toBeVisible();
    await page.getByRole('link', { name: 'All saved results' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  }

  await page.getByRole('checkbox', { name: /^Compare the result from April 13, 2025/ }).check();
  await page.getByRole('checkbox', { name: /^Compare the result from January 10, 2025/ }).check();
  await page.getByRole('button', { name: 'Compare the two ticked results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two results' })).toBeVisible();
  await expect(
    page.getByText(/^Your result from January 10, 2025.*\(earlier\).*April 13, 2025.*\(later\)/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open the later result' }).click();
  await expect(resultHeading(page, 'April 13, 2025')).toBeVisible();
});

test('an address typed with a slash at the end shows its page, not "Page not found"', async ({
  page,
}) => {
  await page.goto('/results/');
  // No finished questionnaire in this browser: the results page says so and offers the way in.
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();

  await page.goto('/history/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  await expect(page).toHaveURL(/\/history$/);
});

for (const address of ['/history/%E0%A4%A', '/%']) {
  test(`an address with a broken escape (${address}) is LegCheck's "Page not found" with a way home`, async ({
    page,
  }) => {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });
}
