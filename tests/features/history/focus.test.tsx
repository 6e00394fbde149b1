// A keyboard user whose button goes away with its own press lands somewhere sensible: the button
// that replaced it, or the page's heading, never the top of the document.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { HistoryPage } from '../../../src/features/history/HistoryPage';
import { SaveResultNotice } from '../../../src/features/history/SaveResultNotice';
import { assess } from '../../../src/scoring';
import { CRAMPS_ANSWERS, NEWER, OLDER, storedHistory } from './fixtures';
import { catchDownloads, loadHistory } from './helpers';

/** Presses a button from the keyboard, as a person tabbing through the page would. */
async function press(user: UserEvent, button: HTMLElement) {
  act(() => button.focus());
  await user.keyboard('{Enter}');
}

test('"Don’t keep this result" and its "Undo" hand focus to each other', async () => {
  const user = userEvent.setup();
  await loadHistory();
  render(
    <SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assess(CRAMPS_ANSWERS)} draftId="r" />,
  );

  await press(user, await screen.findByRole('button', { name: 'Don’t keep this result' }));
  expect(document.activeElement).toBe(
    screen.getByRole('button', { name: 'Undo: keep it after all' }),
  );

  await press(user, screen.getByRole('button', { name: 'Undo: keep it after all' }));
  expect(document.activeElement).toBe(
    screen.getByRole('button', { name: 'Don’t keep this result' }),
  );
});

test('deleting a result from the list puts focus on Undo, and Undo on the list heading', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);

  await press(user, screen.getByRole('button', { name: /Delete the result from January 10/ }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));

  await press(user, screen.getByRole('button', { name: 'Undo' }));
  expect(document.activeElement).toBe(
    screen.getByRole('heading', { name: '2 results, newest first' }),
  );
});

test('dismissing the notice about unreadable data puts focus on the page heading', async () => {
  const user = userEvent.setup();
  await loadHistory('{"state": {"entries": [');
  render(<HistoryPage />);

  await press(user, screen.getByRole('button', { name: 'Dismiss this message' }));

  expect(document.activeElement).toBe(
    screen.getByRole('heading', { level: 1, name: 'Your saved results' }),
  );
});

test('downloading the unreadable data, which ends the notice, puts focus on the page heading', async () => {
  const user = userEvent.setup();
  catchDownloads();
  await loadHistory('{"state": {"entries": [');
  render(<HistoryPage />);

  await press(user, screen.getByRole('button', { name: 'Download the unreadable data' }));

  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();
  expect(document.activeElement).toBe(
    screen.getByRole('heading', { level: 1, name: 'Your saved results' }),
  );
});

test('confirming the deletion of unreadable data puts focus on the page heading', async () => {
  const user = userEvent.setup();
  await loadHistory('{"state": {"entries": [');
  render(<HistoryPage />);

  await press(user, screen.getByRole('button', { name: 'Delete the unreadable data…' }));
  const question = screen.getByRole('group', { name: /Delete the unreadable data/ });
  await press(user, within(question).getByRole('button', { name: 'Yes, delete it' }));

  expect(document.activeElement).toBe(
    screen.getByRole('heading', { level: 1, name: 'Your saved results' }),
  );
});

test('deleting everything after confirming puts focus on Undo', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);

  await press(user, screen.getByRole('button', { name: 'Delete all saved results…' }));
  await press(user, screen.getByRole('button', { name: 'Yes, delete all' }));

  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
});
