// The summary for a doctor shows how the scores moved across the saved results up to the one it
// summarises, and tells the cautions as the results page does (from the results model).
import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { PrintPage } from '../../../src/features/history/PrintPage';
import { PrintSummary } from '../../../src/features/history/PrintSummary';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { answersWith } from '../../scoring/fixtures';
import { CRAMPS_ANSWERS, NEWER, OLDER, snapshotOf, storedHistory } from './fixtures';
import { loadHistory } from './helpers';

// The summary is a long document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

test('with an earlier saved result, the summary charts the scores and lists them in a table', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<PrintPage snapshot={NEWER} />);
  const region = screen.getByRole('region', { name: 'Scores over time, up to this result' });
  expect(
    within(region).getByRole('img', { name: /^Line chart .* in 2 saved results/ }),
  ).toBeVisible();
  // On paper the table is shown as it is, not folded behind a disclosure.
  expect(within(region).queryByText('Show the chart as a table')).not.toBeInTheDocument();
  const table = within(region).getByRole('table', { name: /^Each factor’s score/ });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Factor', 'Jan 10, 2025', 'Mar 14, 2025']);
  expect(within(table).getAllByRole('row')).toHaveLength(8);
});

test('the summary of an earlier result charts nothing after it', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<PrintPage snapshot={OLDER} />);
  expect(
    screen.queryByRole('region', { name: 'Scores over time, up to this result' }),
  ).not.toBeInTheDocument();
});

test('a result that was never saved is charted with the saved results before it', () => {
  const unsaved = snapshotOf(CRAMPS_ANSWERS, 'not-saved', '2025-06-01T12:00:00.000Z');
  render(<PrintSummary snapshot={unsaved} history={[NEWER, OLDER]} />);
  const table = within(
    screen.getByRole('region', { name: 'Scores over time, up to this result' }),
  ).getByRole('table');
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Factor', 'Jan 10, 2025', 'Mar 14, 2025', 'Jun 1, 2025']);
});

test('a fluid-limit caution with fluids unlikely is told before the advice, as on the results page', () => {
  const snapshot = snapshotOf(
    answersWith({ health: { conditions: ['fluid-restriction'] } }),
    'fluids-1',
    '2026-11-29T20:00:00.000Z',
  );
  expect(snapshot.assessment.ranked.find((f) => f.nutrient === 'hydration')?.band).toBe('unlikely');
  render(<PrintSummary snapshot={snapshot} />);
  const caution = CAUTIONS['fluid-restriction'];
  const before = screen.getByRole('region', { name: 'Before changing anything' });
  expect(before).toHaveTextContent(`${caution.title}. ${caution.text}`);
  // Told once: not again under its factor.
  const byFactor = screen.queryByRole('region', { name: 'Cautions by factor' });
  expect(byFactor?.textContent ?? '').not.toContain(caution.text);
});
