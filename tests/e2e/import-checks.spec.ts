// A history file is checked before anything is imported: a result whose advice does not match
// its own answers (a warning sign ticked, "self-care" stored) is not trusted, and nothing from
// the file is added.
import { expect, test } from '@playwright/test';
import { buildExportFile } from '../../src/features/history/export-format';
import { assess, SCORING_VERSION } from '../../src/scoring';
import { answersWith } from '../scoring/fixtures';

const answers = answersWith({ redFlags: ['one-leg-swollen'] });
const honest = assess(answers);
const changed = {
  ...honest,
  triage: { level: 'self-care' as const, reasons: ['no-warning-signs'] },
};

test('a file whose saved advice was changed to hide a warning sign is refused, and nothing is imported', async ({
  page,
}) => {
  expect(honest.triage.level).toBe('urgent');
  const file = buildExportFile([
    {
      id: 'changed-advice',
      createdAt: '2026-11-20T09:00:00.000Z',
      answers,
      assessment: changed,
      scoringVersion: SCORING_VERSION,
    },
  ]);

  await page.goto('/history');
  await page.getByLabel('Import results from a file').setInputFiles({
    name: 'legcheck-history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });

  await expect(page.getByRole('alert')).toContainText(
    'does not match its answers, so it cannot be trusted',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
  await expect(page.getByRole('link', { name: /^Result from / })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: /^Result from / })).toHaveCount(0);
});

test('the same file with its advice as the answers give it is imported', async ({ page }) => {
  const file = buildExportFile([
    {
      id: 'honest-advice',
      createdAt: '2026-11-20T09:00:00.000Z',
      answers,
      assessment: honest,
      scoringVersion: SCORING_VERSION,
    },
  ]);

  await page.goto('/history');
  await page.getByLabel('Import results from a file').setInputFiles({
    name: 'legcheck-history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });

  await expect(page.getByText('Imported 1')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Result from / })).toHaveCount(1);
});
