// The picture of change over time: a person brings two saved results in from a file (a frozen
// export, tests/fixtures/records, never edited), sees how each factor's score moved as a chart,
// in words and as a table, in light and dark, on a narrow screen, and on the summary for a doctor.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** Two results saved by the LegCheck of 2026-11-29: August 12 and September 3, 2026. */
const EXPORT_V1 = fileURLToPath(new URL('../fixtures/records/export-v1.json', import.meta.url));

async function importTwoResults(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  await page.getByLabel('Import results from a file').setInputFiles(EXPORT_V1);
  await expect(page.getByText('Imported 2, skipped 0 already here.')).toBeVisible();
}

function chartSection(page: Page) {
  return page.getByRole('region', { name: 'How your scores changed' });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`history shows a chart of the scores, in words and as a table, with no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await importTwoResults(page);
    const section = chartSection(page);
    await expect(
      section.getByRole('img', {
        name: /^Line chart of each factor’s score in 2 saved results, from August 12, 2026 to September 3, 2026\./,
      }),
    ).toBeVisible();
    // Each factor's change in words: fluids were the leading factor both times.
    await expect(section.getByText('Fluids (hydration): 43 → 45, still possible')).toBeVisible();
    await expect(section.getByText('Vitamin D: 1 → 34, from unlikely to possible')).toBeVisible();

    await section.getByText('Show the chart as a table').click();
    const table = section.getByRole('table', { name: /^Each factor’s score in each saved result/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Factor',
      'Aug 12, 2026',
      'Sep 3, 2026',
    ]);
    await expect(table.getByRole('row', { name: /^Magnesium/ }).getByRole('cell')).toHaveText([
      '20 (unlikely)',
      '43 (possible)',
    ]);
    await expectNoAxeViolations(page, `history with a chart, table open (${colorScheme})`);
  });
}

test('the chart fits a 320 px screen and 200% zoom without the page scrolling sideways', async ({
  page,
}) => {
  await importTwoResults(page);
  // 320 CSS px is a small phone, or a 1280 px window at 400% zoom; 640 is that window at 200%.
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    const chart = chartSection(page).getByRole('img', { name: /^Line chart/ });
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box ? box.x + box.width : Infinity).toBeLessThanOrEqual(width);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(width);
  }
  await expectNoAxeViolations(page, 'history chart at 640 px');
});

test('the summary for a doctor shows the chart and its table, in black on paper', async ({
  page,
}) => {
  await importTwoResults(page);
  const newer = page.getByRole('listitem').filter({ hasText: /September 3, 2026/ });
  await newer.getByRole('link', { name: /^Print the result from/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  const region = page.getByRole('region', { name: 'Scores over time, up to this result' });
  await expect(region.getByRole('img', { name: /^Line chart .* 2 saved results/ })).toBeVisible();
  await expect(region.getByRole('table').getByRole('columnheader')).toHaveText([
    'Factor',
    'Aug 12, 2026',
    'Sep 3, 2026',
  ]);
  await expectNoAxeViolations(page, 'summary for a doctor with a chart');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(region.getByRole('img', { name: /^Line chart/ })).toBeVisible();
  // Every line and marker is black on paper, told apart by shape and dashes, whatever the screen.
  const strokes = await region
    .locator('.trend-series__line, .trend-series__marker')
    .evaluateAll((paths) => [...new Set(paths.map((path) => getComputedStyle(path).stroke))]);
  expect(strokes).toEqual(['rgb(0, 0, 0)']);
  const dashes = await region
    .getByRole('img', { name: /^Line chart/ })
    .locator('.trend-series__line')
    .evaluateAll(
      (paths) => new Set(paths.map((path) => path.getAttribute('stroke-dasharray'))).size,
    );
  expect(dashes).toBe(7);
  // The chart is not wider than the paper's text column.
  const fits = await region
    .getByRole('img', { name: /^Line chart/ })
    .evaluate((svg) => svg.getBoundingClientRect().width <= document.body.clientWidth);
  expect(fits).toBe(true);
});

test('comparing two results shows the cautions each one called for, with no axe violations', async ({
  page,
}) => {
  const exportV2 = fileURLToPath(new URL('../fixtures/records/export-v2.json', import.meta.url));
  await page.goto('/history');
  await page.getByLabel('Import results from a file').setInputFiles(exportV2);
  await expect(page.getByText('Imported 2, skipped 0 already here.')).toBeVisible();
  for (const box of await page.getByRole('checkbox', { name: /^Compare the result from/ }).all()) {
    await box.check();
  }
  await page.getByRole('button', { name: 'Compare the two ticked results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two results' })).toBeVisible();
  const cautions = page.getByRole('region', { name: 'Cautions from the answers' });
  // The earlier result (kidney disease) and the later one (iron) each keep their own cautions.
  await expect(
    cautions.getByRole('list', { name: /^Earlier/ }).getByText(/Kidney disease: no supplements/),
  ).toBeVisible();
  await expect(
    cautions.getByRole('list', { name: /^Later/ }).getByText(/Kidney disease/),
  ).toHaveCount(0);
  await expect(cautions.getByRole('list', { name: /^Later/ }).getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page, 'compare with cautions');
});
