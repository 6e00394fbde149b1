// A result saved before cautions existed opens exactly as it was: its record migration gives
// `cautions: []`, and the page shows none of the cautions today's scoring would add.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { CurrentHistoryPage } from '../../support/history-page';
import { parseStoredHistory } from '../../../src/features/history/persistence';
import { assess } from '../../../src/scoring';
import { loadHistory } from '../history/helpers';
import HISTORY_V2 from '../../fixtures/records/history-v2.json?raw';

// The full results page is a large document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

/** Night cramps for weeks on a water pill, saved by the LegCheck of 2026-11-29. */
const CRAMPS_ID = '0d0af7ce-f8eb-4637-9e6a-b88d9a27393e';

test('a result saved before cautions existed shows no caution from the answers', async () => {
  const user = userEvent.setup();
  const saved = parseStoredHistory(HISTORY_V2).history?.entries.find((e) => e.id === CRAMPS_ID);
  if (!saved) throw new Error('the frozen history holds the cramps result');
  expect(saved.assessment.cautions).toEqual([]);
  // Today's scoring would call for a caution (the water pill): the page must not add it.
  expect(assess(saved.answers).cautions.length).toBeGreaterThan(0);

  await loadHistory(HISTORY_V2);
  window.history.replaceState(null, '', `/history/${CRAMPS_ID}`);
  render(<CurrentHistoryPage />);
  expect(screen.getByRole('heading', { level: 1, name: /^Your result from / })).toBeVisible();
  await user.click(screen.getByText(/^Less likely from your answers/));

  expect(screen.queryByRole('region', { name: 'Before you change anything' })).toBeNull();
  expect(screen.queryAllByRole('list', { name: 'From your answers' })).toEqual([]);
  expect(screen.queryByText(/^Caution from your answers/)).toBeNull();
  // The knowledge base's notes for everyone are still with each factor.
  expect(screen.getAllByRole('list', { name: 'For everyone' }).length).toBeGreaterThan(0);
});
