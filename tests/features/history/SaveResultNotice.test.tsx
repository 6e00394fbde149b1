import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { expect, test, vi } from 'vitest';
import { SaveResultNotice } from '../../../src/features/history/SaveResultNotice';
import { historyStores } from '../../../src/features/history/store';
import { assess } from '../../../src/scoring';
import { HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { CRAMPS_ANSWERS, storedHistory, TINGLING_ANSWERS } from './fixtures';
import { catchDownloads, loadHistory, reloadHistory, storedIds } from './helpers';

const assessment = assess(CRAMPS_ANSWERS);

test('the result is saved once on arrival and the person is told it stays on this device', async () => {
  await loadHistory();
  const { rerender } = render(
    <StrictMode>
      <SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />
    </StrictMode>,
  );
  expect(await screen.findByText('Saved on this device only.')).toBeVisible();
  expect(storedIds()).toHaveLength(1);
  // Screen readers hear it through a live region that gets its text a moment later: wait for
  // the text itself (the region is there, empty, before it).
  expect(
    await screen.findByText('This result was saved on this device; nothing was sent anywhere.'),
  ).toHaveAttribute('role', 'status');
  const [saved] = historyStores.store.getState().entries;
  expect(screen.getByRole('link', { name: 'Your saved results' })).toHaveAttribute(
    'href',
    '/history',
  );
  expect(screen.getByRole('link', { name: /Summary for your doctor/ })).toHaveAttribute(
    'href',
    `/history/${saved?.id}/print`,
  );
  // An equal copy of the same answers (a re-render) does not save again.
  rerender(
    <StrictMode>
      <SaveResultNotice
        answers={structuredClone(CRAMPS_ANSWERS)}
        assessment={assessment}
        draftId="run-1"
      />
    </StrictMode>,
  );
  expect(storedIds()).toHaveLength(1);
});

test('person can choose not to keep the result, and change their mind', async () => {
  const user = userEvent.setup();
  await loadHistory();
  render(<SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />);
  await user.click(await screen.findByRole('button', { name: 'Don’t keep this result' }));
  expect(screen.getByText(/no longer kept on this device/)).toBeVisible();
  expect(storedIds()).toEqual([]);

  await user.click(screen.getByRole('button', { name: 'Undo: keep it after all' }));
  expect(screen.getByText('Saved on this device only.')).toBeVisible();
  expect(storedIds()).toHaveLength(1);
});

test('when storage is full the person is told, and can still download the result', async () => {
  const user = userEvent.setup();
  await loadHistory();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  const downloads = catchDownloads();
  render(
    <SaveResultNotice
      answers={TINGLING_ANSWERS}
      assessment={assess(TINGLING_ANSWERS)}
      draftId="run-1"
    />,
  );
  expect(
    await screen.findByRole('heading', { name: 'This result could not be saved on this device' }),
  ).toBeVisible();
  expect(screen.getByText(/storage this browser gives LegCheck is full/)).toHaveTextContent(
    /stays on screen/,
  );
  expect(await screen.findByText(/^Saving failed: the result is not kept/)).toHaveAttribute(
    'role',
    'status',
  );
  await user.click(screen.getByRole('button', { name: 'Download this result as a file' }));
  const [file] = await downloads.files();
  expect(JSON.parse(file?.text ?? '').entries[0].answers).toEqual(TINGLING_ANSWERS);
  expect(screen.getByRole('link', { name: /Summary for your doctor/ })).toBeVisible();
});

test('when storage is blocked the person is told why', async () => {
  await loadHistory();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  render(<SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />);
  expect(await screen.findByText(/not letting LegCheck keep anything/)).toBeVisible();
});

test('person who chose not to keep the result and reloads the page is told it is not kept', async () => {
  const user = userEvent.setup();
  await loadHistory();
  const first = render(
    <SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />,
  );
  await user.click(await screen.findByRole('button', { name: 'Don’t keep this result' }));
  first.unmount();

  await reloadHistory();
  render(<SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />);
  expect(await screen.findByText(/no longer kept on this device/)).toBeVisible();
  expect(storedIds()).toEqual([]);

  await user.click(screen.getByRole('button', { name: 'Undo: keep it after all' }));
  expect(await screen.findByText('Saved on this device only.')).toBeVisible();
  expect(storedIds()).toHaveLength(1);
});

test('a result deleted in another tab shows here as not kept', async () => {
  await loadHistory();
  render(<SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />);
  expect(await screen.findByText('Saved on this device only.')).toBeVisible();
  const [saved] = historyStores.store.getState().entries;
  // The other tab's deletion arrives as a storage event.
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([], [saved?.id ?? '']));
  window.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));
  expect(await screen.findByText(/no longer kept on this device/)).toBeVisible();
});

test('damaged history under a finished result: the results page says so and offers the download', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  await loadHistory('{"state": {"entries": [');
  render(<SaveResultNotice answers={CRAMPS_ANSWERS} assessment={assessment} draftId="run-1" />);
  expect(await screen.findByText('Saved on this device only.')).toBeVisible();
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
  const [file] = await downloads.files();
  expect(JSON.parse(file?.text ?? '').items[0].raw).toBe('{"state": {"entries": [');
  expect(
    screen.queryByRole('heading', { name: 'Some saved results could not be read' }),
  ).not.toBeInTheDocument();
});
