// The history page's picture of change over time: a chart once there are two results, with its
// figures as a table and each factor's change in words.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { HistoryPage } from '../../../src/features/history/HistoryPage';
import { BAND_WORDS } from '../../../src/knowledge/band-words';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { NEWER, OLDER, storedHistory } from './fixtures';
import { loadHistory } from './helpers';

beforeEach(() => {
  window.history.replaceState(null, '', '/history');
});

test('with two results, person sees the chart and can read it as a table', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);
  const section = screen.getByRole('region', { name: 'How your scores changed' });
  expect(
    within(section).getByRole('img', {
      name: /^Line chart of each factor’s score in 2 saved results, from January 10, 2025 to March 14, 2025\./,
    }),
  ).toBeVisible();

  // Each factor's change in words, beside its line's look.
  const b12Before = OLDER.assessment.ranked.find((factor) => factor.nutrient === 'vitamin-b12');
  const b12After = NEWER.assessment.ranked.find((factor) => factor.nutrient === 'vitamin-b12');
  if (!b12Before || !b12After) throw new Error('both results score vitamin B12');
  expect(b12After.band).not.toBe(b12Before.band);
  expect(
    within(section).getByText(
      `Vitamin B12: ${b12Before.score} → ${b12After.score}, from ${BAND_WORDS[b12Before.band].inline} to ${BAND_WORDS[b12After.band].inline}`,
    ),
  ).toBeVisible();

  await user.click(within(section).getByText('Show the chart as a table'));
  const table = within(section).getByRole('table', {
    name: /^Each factor’s score in each saved result, oldest first/,
  });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Factor', 'Jan 10, 2025', 'Mar 14, 2025']);
  const rows = within(table).getAllByRole('row').slice(1);
  // One row per factor, in the newer result's ranking, each with both results' score and band.
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
    NEWER.assessment.ranked.map((factor) => NUTRIENTS[factor.nutrient].name),
  );
  for (const row of rows) {
    const name = within(row).getByRole('rowheader').textContent;
    const id = NEWER.assessment.ranked.find(
      (factor) => NUTRIENTS[factor.nutrient].name === name,
    )?.nutrient;
    const before = OLDER.assessment.ranked.find((factor) => factor.nutrient === id);
    const after = NEWER.assessment.ranked.find((factor) => factor.nutrient === id);
    if (!before || !after) throw new Error(`${name} is scored in both results`);
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      `${before.score} (${BAND_WORDS[before.band].inline})`,
      `${after.score} (${BAND_WORDS[after.band].inline})`,
    ]);
  }
});

test('with one result, no chart yet: a sentence says it comes after the next result', async () => {
  await loadHistory(storedHistory([NEWER]));
  render(<HistoryPage />);
  const section = screen.getByRole('region', { name: 'How your scores changed' });
  expect(section).toHaveTextContent(
    'A chart of how each factor’s score changes over time appears here after your next result.',
  );
  expect(within(section).queryByRole('img')).not.toBeInTheDocument();
  expect(within(section).queryByRole('table')).not.toBeInTheDocument();
});

test('with no saved results there is no chart section at all', async () => {
  await loadHistory();
  render(<HistoryPage />);
  expect(screen.queryByRole('region', { name: 'How your scores changed' })).not.toBeInTheDocument();
});
