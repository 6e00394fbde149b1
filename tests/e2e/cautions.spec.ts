// Cautions where they apply: a pregnant person with kidney disease on a water pill and an acid
// reducer, with cramps and tingling, sees the general caution after the triage and the others
// inside the factor cards they qualify, on the results page, on a phone and in the summary for a
// doctor, and the page passes axe.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { CAUTIONS } from '../../src/knowledge/cautions';
import { NUTRIENTS } from '../../src/knowledge/nutrients';
import { expectNoAxeViolations } from './support/axe';
import { seedStorage } from './support/questionnaire';

// A finished questionnaire as the wizard's draft store keeps it (see results.spec.ts).
const DRAFT = JSON.parse(
  fs.readFileSync(new URL('../fixtures/finished-draft.json', import.meta.url), 'utf8'),
) as { version: number; state: { steps: Record<string, unknown> } };

const KIDNEY_DRAFT = {
  ...DRAFT,
  state: {
    steps: {
      ...DRAFT.state.steps,
      about: { ageBand: '31-50', sex: 'female', pregnant: true },
      health: { conditions: ['kidney-disease'], medications: ['acid-reducer', 'diuretic'] },
    },
  },
};

async function openResults(page: Page) {
  await seedStorage(page, 'legcheck-draft', JSON.stringify(KIDNEY_DRAFT));
  await page.goto('/results');
  // The results code loads on demand; give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible({
    timeout: 15_000,
  });
}

const [MAGNESIUM_CAUTION] = NUTRIENTS.magnesium.cautions;
const KIDNEY = CAUTIONS['kidney-disease-supplements'];
const PREGNANCY = CAUTIONS['pregnancy-supplements'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a results page with cautions has no axe violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openResults(page);
    const magnesium = page.getByRole('article', { name: NUTRIENTS.magnesium.name });
    const notes = magnesium.getByRole('region', { name: 'Safety notes for Magnesium' });
    await expect(notes).toBeVisible();
    await expect(notes.getByText(MAGNESIUM_CAUTION?.text ?? 'magnesium caution')).toBeVisible();
    await expect(
      notes.getByRole('list', { name: 'From your answers' }).getByText(KIDNEY.text),
    ).toBeVisible();
    const before = page.getByRole('region', { name: 'Before you change anything' });
    await expect(before.getByText(PREGNANCY.text)).toBeVisible();
    await expectNoAxeViolations(page, `results with cautions (${colorScheme})`);
  });
}

test('cautions fit a 320px wide screen and reach the summary for a doctor', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openResults(page);
  const notes = page.getByRole('region', { name: 'Safety notes for Magnesium' });
  await expect(notes.getByText(KIDNEY.text)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Before you change anything' }).getByText(PREGNANCY.text),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The result was saved on arrival: its summary for a doctor carries the same cautions.
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await page
    .getByRole('link', { name: /^Result from / })
    .first()
    .click();
  await page.getByRole('link', { name: 'Summary for your doctor (print or PDF)' }).click();
  await page.emulateMedia({ media: 'print' });
  const before = page.getByRole('region', { name: 'Before changing anything' });
  await expect(before).toContainText(PREGNANCY.text);
  const cautions = page.getByRole('region', { name: 'Cautions by factor' });
  await expect(cautions).toContainText(`From the answers: ${KIDNEY.title}. ${KIDNEY.text}`);
  await expect(cautions).toContainText(MAGNESIUM_CAUTION?.text ?? 'magnesium caution');
});
