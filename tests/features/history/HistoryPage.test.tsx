import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  buildExportFile,
  EXPORT_FORMAT_VERSION,
  exportFileSchema,
} from '../../../src/features/history/export-format';
import { HistoryPage } from '../../../src/features/history/HistoryPage';
import { HISTORY_BACKUP_KEY, HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { UNDO_MS } from '../../../src/features/history/notices';
import { NEWER, OLDER, snapshotOf, storedHistory, CRAMPS_ANSWERS } from './fixtures';
import { catchDownloads, loadHistory, reloadHistory, storedIds } from './helpers';

beforeEach(() => {
  window.history.replaceState(null, '', '/history');
});

afterEach(() => {
  vi.useRealTimers();
});

/** The saved results listed (the page has other lists, e.g. the chart's legend). */
function savedItems(): HTMLElement[] {
  const list = screen.queryByRole('list', { name: /newest first$/ });
  return list ? within(list).getAllByRole('listitem') : [];
}

function jsonFile(data: unknown, name = 'results.json') {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name, {
    type: 'application/json',
  });
}

test('person with no saved results sees that there are none and a way to start', async () => {
  await loadHistory();
  render(<HistoryPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Your saved results' })).toBeVisible();
  expect(screen.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute(
    'href',
    '/step/about',
  );
  expect(screen.queryByRole('button', { name: /Download all/ })).not.toBeInTheDocument();
  expect(screen.getByLabelText('Import results from a file')).toBeInTheDocument();
});

test('person sees saved results newest first with date, advice and leading factors', async () => {
  await loadHistory(storedHistory([OLDER, NEWER]));
  render(<HistoryPage />);
  const items = savedItems();
  expect(items).toHaveLength(2);
  const [first, second] = items;
  if (!first || !second) throw new Error('two items expected');
  expect(within(first).getByRole('link', { name: /^Result from March 14, 2025/ })).toHaveAttribute(
    'href',
    `/history/${NEWER.id}`,
  );
  expect(within(second).getByRole('link', { name: /^Result from January 10, 2025/ })).toBeVisible();
  // The newer result (a vegan with tingling) was scored "see a doctor", B12 likely.
  expect(NEWER.assessment.triage.level).toBe('see-doctor');
  expect(within(first).getByText(/^Advice:/)).toHaveTextContent(
    'Advice: Doctor’s appointment advised',
  );
  expect(within(first).getByText(/^Leading factors:/)).toHaveTextContent(
    /^Leading factors: Vitamin B12 \(likely\)/,
  );
  // A note is plain text, never markup.
  expect(within(first).getByText('Your note: Ask about B12 <b>not bold</b>')).toBeVisible();
});

test('person can delete a result and undo it', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: /Delete the result from January 10, 2025/ }));

  expect(savedItems()).toHaveLength(1);
  expect(storedIds()).toEqual([NEWER.id]);
  const status = screen.getByText(/Deleted the result from January 10, 2025/);
  const undo = within(status).getByRole('button', { name: 'Undo' });
  expect(undo).toHaveFocus();

  await user.click(undo);
  expect(savedItems()).toHaveLength(2);
  expect(storedIds()).toEqual([NEWER.id, OLDER.id]);
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '2 results, newest first' })).toHaveFocus();
});

test('the undo offer ends after ten seconds, or at the next action', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);
  const heading = screen.getByRole('heading', { level: 1 });
  await user.click(screen.getByRole('button', { name: /Delete the result from January 10/ }));
  // While the person is on the Undo button the time does not run out.
  act(() => vi.advanceTimersByTime(UNDO_MS * 2));
  expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();

  // The next action replaces the offer.
  await user.click(screen.getByRole('button', { name: /Delete the result from March 14/ }));
  expect(screen.queryByText(/Deleted the result from January 10/)).not.toBeInTheDocument();
  expect(screen.getByText(/Deleted the result from March 14/)).toBeVisible();

  act(() => heading.focus());
  act(() => vi.advanceTimersByTime(UNDO_MS - 100));
  expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
  act(() => vi.advanceTimersByTime(200));
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
});

test('person can delete everything after confirming, and undo it', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: 'Delete all saved results…' }));
  const question = screen.getByRole('group', { name: /Delete all 2 results from this device/ });
  await user.click(within(question).getByRole('button', { name: 'Cancel' }));
  expect(savedItems()).toHaveLength(2);

  await user.click(screen.getByRole('button', { name: 'Delete all saved results…' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete all' }));
  expect(screen.getByRole('heading', { name: 'No saved results yet' })).toBeVisible();
  expect(storedIds()).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(savedItems()).toHaveLength(2);
});

test('person can choose two results to compare, and is told when they chose one', async () => {
  const user = userEvent.setup();
  const third = snapshotOf(CRAMPS_ANSWERS, 'third-3', '2025-05-01T08:00:00.000Z');
  await loadHistory(storedHistory([NEWER, OLDER, third]));
  render(<HistoryPage />);
  await user.click(screen.getByRole('checkbox', { name: /Compare the result from March 14/ }));
  await user.click(screen.getByRole('button', { name: 'Compare the two ticked results' }));
  expect(screen.getByText(/exactly two results \(ticked now: 1\)/)).toBeVisible();

  await user.click(screen.getByRole('checkbox', { name: /Compare the result from January 10/ }));
  await user.click(screen.getByRole('button', { name: 'Compare the two ticked results' }));
  expect(window.location.pathname).toBe('/history/compare');
  const params = new URLSearchParams(window.location.search);
  expect([params.get('a'), params.get('b')]).toEqual([NEWER.id, OLDER.id]);
});

test('person can download all results as a LegCheck history file', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: 'Download all results as a file' }));
  const [file] = await downloads.files();
  expect(file?.name).toMatch(/^legcheck-history-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = exportFileSchema.parse(JSON.parse(file?.text ?? ''));
  expect(parsed.entries).toEqual([NEWER, OLDER]);
});

test('person importing a file sees how many were imported and skipped', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER]));
  render(<HistoryPage />);
  await user.upload(
    screen.getByLabelText('Import results from a file'),
    jsonFile(buildExportFile([NEWER, OLDER])),
  );
  expect(await screen.findByText('Imported 1, skipped 1 already here.')).toBeVisible();
  expect(savedItems()).toHaveLength(2);
  expect(storedIds()).toEqual([NEWER.id, OLDER.id]);
});

test.each([
  ['a file that is not JSON', 'date,result\n2025,fine', /not JSON/],
  ['a file of another kind', { format: 'something-else' }, /not a LegCheck history file/],
  [
    'a file from a newer version',
    { ...buildExportFile([OLDER]), formatVersion: EXPORT_FORMAT_VERSION + 1 },
    new RegExp(`newer version of LegCheck \\(file format ${EXPORT_FORMAT_VERSION + 1}\\)`),
  ],
  [
    'a file with a broken result',
    { ...buildExportFile([NEWER]), entries: [NEWER, { ...OLDER, scoringVersion: 'one' }] },
    /1 of the 2 results in this file could not be read: result 2 \(scoringVersion\)/,
  ],
])('person importing %s is told why and nothing changes', async (_kind, content, message) => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([OLDER]));
  const before = localStorage.getItem(HISTORY_STORAGE_KEY);
  render(<HistoryPage />);
  const input = screen.getByLabelText('Import results from a file');
  await user.upload(input, jsonFile(content));
  // The alert region is there, empty, from the start; the file is read asynchronously.
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
  expect(screen.getByRole('alert')).toHaveTextContent(/Nothing was imported/);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(savedItems()).toHaveLength(1);
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBe(before);
});

test('person importing a file over 1 MB is told it is too large', async () => {
  const user = userEvent.setup();
  await loadHistory();
  render(<HistoryPage />);
  await user.upload(
    screen.getByLabelText('Import results from a file'),
    jsonFile(' '.repeat(1_000_001)),
  );
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent(/too large.*at most 1 MB/),
  );
});

test('unreadable stored data: the person is told and can download it, and then it is not mentioned again', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const broken = storedHistory([NEWER, { ...OLDER, answers: 'lost' }]);
  await loadHistory(broken);
  const { unmount } = render(<HistoryPage />);
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  expect(
    screen.getByText(/1 of 2 saved results could not be read \(problems in: answers\)/),
  ).toBeVisible();
  expect(screen.getByText(/Nothing has been deleted/)).toBeVisible();
  expect(savedItems()).toHaveLength(1);
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toContain('lost');

  await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
  const [file] = await downloads.files();
  expect(file?.name).toMatch(/^legcheck-unreadable-data-/);
  expect(JSON.parse(file?.text ?? '').items[0].raw).toBe(broken);
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();

  // A later visit: the same unreadable text is still stored, but it has been dealt with.
  unmount();
  await reloadHistory();
  render(<HistoryPage />);
  expect(savedItems()).toHaveLength(1);
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toContain('lost');
});

test('person who dismisses the notice about unreadable data sees it again on the next visit', async () => {
  const user = userEvent.setup();
  await loadHistory('{"state": {"entries": [');
  const { unmount } = render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();

  unmount();
  await reloadHistory();
  render(<HistoryPage />);
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
});

test('person can delete the unreadable data after confirming, and is not told about it again', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, { ...OLDER, answers: 'lost' }]));
  const { unmount } = render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: 'Delete the unreadable data…' }));
  expect(
    screen.getByRole('group', { name: /Delete the unreadable data from this device\?/ }),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toBeNull();
  // The readable result stays; the unreadable one is gone from storage too.
  expect(storedIds()).toEqual([NEWER.id]);

  unmount();
  await reloadHistory();
  render(<HistoryPage />);
  expect(savedItems()).toHaveLength(1);
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();
});

test('when storage is full, the person is told changes are not kept and can download them', async () => {
  const user = userEvent.setup();
  await loadHistory(storedHistory([NEWER, OLDER]));
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  render(<HistoryPage />);
  await user.click(screen.getByRole('button', { name: /Delete the result from January 10/ }));
  expect(
    screen.getByRole('heading', { name: 'Changes are not being kept on this device' }),
  ).toBeVisible();
  expect(screen.getByText(/storage this browser gives LegCheck is full/)).toBeVisible();
  // One in the notice, one in the usual place.
  expect(screen.getAllByRole('button', { name: 'Download all results as a file' })).toHaveLength(2);
});
