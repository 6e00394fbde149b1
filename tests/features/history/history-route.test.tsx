// The /history pages as the app shows them (src/app/routes/HistoryRoute.tsx), saved result by
// saved result.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { CurrentHistoryPage } from '../../support/history-page';
import { HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { historyStores } from '../../../src/features/history/store';
import { parseHistoryPath } from '../../../src/lib/paths';
import { NEWER, OLDER, snapshotOf, storedHistory, TINGLING_ANSWERS } from './fixtures';
import { loadHistory, storedIds } from './helpers';

// The full results page is a large document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

function visit(path: string) {
  window.history.replaceState(null, '', path);
  return render(<CurrentHistoryPage />);
}

test('addresses under /history lead to the right page', () => {
  expect(parseHistoryPath('/history')).toEqual({ page: 'list' });
  expect(parseHistoryPath('/history/')).toEqual({ page: 'list' });
  expect(parseHistoryPath('/history/compare')).toEqual({ page: 'compare' });
  expect(parseHistoryPath('/history/abc')).toEqual({ page: 'result', id: 'abc' });
  expect(parseHistoryPath('/history/a%20b/print')).toEqual({ page: 'print', id: 'a b' });
  expect(parseHistoryPath('/history/abc/edit')).toEqual({ page: 'unknown' });
  expect(parseHistoryPath('/history/%E0%A4%A')).toEqual({ page: 'unknown' });
});

test('person opening a saved result sees it as it was saved, with its controls', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  visit(`/history/${NEWER.id}`);
  expect(
    screen.getByRole('heading', { level: 1, name: /^Your result from March 14, 2025/ }),
  ).toBeVisible();
  const saved = screen.getByRole('region', { name: 'This saved result' });
  expect(within(saved).getByText(/on this device only/)).toBeVisible();
  expect(within(saved).getByRole('link', { name: /Summary for your doctor/ })).toHaveAttribute(
    'href',
    `/history/${NEWER.id}/print`,
  );
  expect(
    within(saved).getByRole('button', { name: 'Download this result as a file' }),
  ).toBeVisible();
  expect(within(saved).getByRole('button', { name: 'Delete this result' })).toBeVisible();
  expect(within(saved).getByText('Ask about B12 <b>not bold</b>')).toBeVisible();
  expect(
    within(saved).queryByRole('heading', { name: 'The rules have changed since' }),
  ).not.toBeInTheDocument();
});

test('person can add a note, and a note that is too long is refused with a reason', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  visit(`/history/${OLDER.id}`);
  const saved = screen.getByRole('region', { name: 'This saved result' });
  await user.click(within(saved).getByRole('button', { name: 'Add a note' }));
  const field = screen.getByLabelText('Note for yourself or your doctor');
  await user.click(field);
  await user.paste('x'.repeat(501));
  await user.click(within(saved).getByRole('button', { name: 'Save note' }));
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/Keep the note to 500 characters or fewer/);

  await user.clear(field);
  await user.type(field, 'Cramps worse after the new shoes');
  await user.click(within(saved).getByRole('button', { name: 'Save note' }));
  expect(within(saved).getByText('Note saved.')).toBeVisible();
  expect(within(saved).getByText('Cramps worse after the new shoes')).toBeVisible();
  expect(within(saved).getByRole('button', { name: 'Edit note' })).toHaveFocus();
  expect(historyStores.store.getState().entries[1]?.note).toBe('Cramps worse after the new shoes');
});

test('person can delete a saved result from its page and undo it from the list', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  const { rerender } = visit(`/history/${NEWER.id}`);
  const saved = screen.getByRole('region', { name: 'This saved result' });
  await user.click(within(saved).getByRole('button', { name: 'Delete this result' }));
  expect(window.location.pathname).toBe('/history');
  rerender(<CurrentHistoryPage />);
  expect(storedIds()).toEqual([OLDER.id]);
  const undo = within(screen.getByText(/Deleted the result from March 14/)).getByRole('button', {
    name: 'Undo',
  });
  await user.click(undo);
  expect(storedIds()).toEqual([NEWER.id, OLDER.id]);
});

test('a result scored with older rules says so and can be re-run as a new result', async () => {
  const user = userEvent.setup();
  const old = snapshotOf(TINGLING_ANSWERS, 'from-v0', '2024-06-01T10:00:00.000Z', {
    scoringVersion: 0,
  });
  await loadHistory(storedHistory([old]));
  const { rerender } = visit(`/history/${old.id}`);
  const saved = screen.getByRole('region', { name: 'This saved result' });
  expect(
    within(saved).getByRole('heading', { name: 'The rules have changed since' }),
  ).toBeVisible();
  await user.click(within(saved).getByRole('button', { name: 'Re-run with the current rules' }));
  const ids = storedIds();
  expect(ids).toHaveLength(2);
  expect(ids).toContain(old.id);
  const fresh = ids.find((id) => id !== old.id);
  expect(window.location.pathname).toBe(`/history/${fresh}`);
  rerender(<CurrentHistoryPage />);
  expect(
    within(screen.getByRole('region', { name: 'This saved result' })).queryByRole('heading', {
      name: 'The rules have changed since',
    }),
  ).not.toBeInTheDocument();
});

test('a re-run result the person deleted comes back when they re-run again, never "not found"', async () => {
  const user = userEvent.setup();
  const old = snapshotOf(TINGLING_ANSWERS, 'from-v0', '2024-06-01T10:00:00.000Z', {
    scoringVersion: 0,
  });
  await loadHistory(storedHistory([old]));
  const { rerender } = visit(`/history/${old.id}`);
  const rerun = () => screen.getByRole('button', { name: 'Re-run with the current rules' });
  await user.click(rerun());
  const fresh = storedIds().find((id) => id !== old.id);
  if (!fresh) throw new Error('the re-run saved a new result');
  historyStores.store.getState().actions.resultDeleted(fresh);
  expect(storedIds()).toEqual([old.id]);

  window.history.replaceState(null, '', `/history/${old.id}`);
  rerender(<CurrentHistoryPage />);
  await user.click(rerun());

  expect(storedIds()).toContain(fresh);
  expect(window.location.pathname).toBe(`/history/${fresh}`);
  rerender(<CurrentHistoryPage />);
  expect(screen.queryByRole('heading', { name: 'Saved result not found' })).toBeNull();
});

test('an unknown result says it is not here and leads back', async () => {
  await loadHistory(storedHistory([NEWER]));
  visit('/history/no-such-result');
  expect(screen.getByRole('heading', { level: 1, name: 'Saved result not found' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Back to your saved results' })).toHaveAttribute(
    'href',
    '/history',
  );
});

test('an unknown result while saved data could not be read says so, with the download', async () => {
  await loadHistory(storedHistory([NEWER, { ...OLDER, answers: 'lost' }]));
  visit(`/history/${OLDER.id}`);
  expect(screen.getByRole('heading', { level: 1, name: 'Saved result not found' })).toBeVisible();
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
});

test('the print address shows the summary for a doctor', async () => {
  await loadHistory(storedHistory([NEWER]));
  visit(`/history/${NEWER.id}/print`);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
});

test('person opening a saved result while other saved data could not be read is told so', async () => {
  await loadHistory(storedHistory([NEWER, { ...OLDER, answers: 'lost' }]));
  visit(`/history/${NEWER.id}`);
  const saved = screen.getByRole('region', { name: 'This saved result' });
  expect(
    within(saved).getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  expect(within(saved).getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
});

test('person saving a note that another tab changed meanwhile is warned, and keeps their text', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  visit(`/history/${OLDER.id}`);
  const saved = screen.getByRole('region', { name: 'This saved result' });
  await user.click(within(saved).getByRole('button', { name: 'Add a note' }));
  const field = screen.getByLabelText('Note for yourself or your doctor');
  await user.type(field, 'Written here');
  // Meanwhile another tab saves its own note for the same result.
  localStorage.setItem(
    HISTORY_STORAGE_KEY,
    storedHistory([NEWER, { ...OLDER, note: 'Written in the other tab' }]),
  );
  await user.click(within(saved).getByRole('button', { name: 'Save note' }));

  expect(await within(saved).findByRole('alert')).toHaveTextContent(
    /changed in another tab or window.*Written in the other tab/,
  );
  expect(field).toHaveValue('Written here');
  expect(historyStores.store.getState().entries[1]?.note).toBe('Written in the other tab');
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toContain('Written in the other tab');

  await user.click(within(saved).getByRole('button', { name: 'Replace it with my note' }));
  expect(await within(saved).findByText('Note saved.')).toBeVisible();
  expect(historyStores.store.getState().entries[1]?.note).toBe('Written here');
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).not.toContain('Written in the other tab');
});
