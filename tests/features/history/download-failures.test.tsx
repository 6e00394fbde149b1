// Every history download tells the person when the browser refused it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { DownloadResultButton } from '../../../src/features/history/DownloadResultButton';
import { HistoryPage } from '../../../src/features/history/HistoryPage';
import { StorageProblemNotice } from '../../../src/features/history/notices';
import { historyStores } from '../../../src/features/history/store';
import { NEWER, OLDER, storedHistory } from './fixtures';
import { loadHistory, refuseDownloads } from './helpers';

const REFUSED = /the file could not be downloaded/i;

test('a refused "Download all results" on the history page is reported', async () => {
  const user = userEvent.setup();
  refuseDownloads();
  window.history.replaceState(null, '', '/history');
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<HistoryPage />);

  await user.click(screen.getByRole('button', { name: 'Download all results as a file' }));

  expect(screen.getByText(REFUSED)).toHaveAttribute('role', 'alert');
});

test('a refused "Download this result" is reported', async () => {
  const user = userEvent.setup();
  refuseDownloads();
  render(<DownloadResultButton snapshot={NEWER} />);

  await user.click(screen.getByRole('button', { name: 'Download this result as a file' }));

  expect(screen.getByText(REFUSED)).toHaveAttribute('role', 'alert');
});

test('a refused download from the "changes are not being kept" notice is reported', async () => {
  const user = userEvent.setup();
  refuseDownloads();
  await loadHistory(storedHistory([NEWER]));
  historyStores.status.setState({ storageProblem: 'quota' });
  render(<StorageProblemNotice />);

  await user.click(screen.getByRole('button', { name: 'Download all results as a file' }));

  expect(screen.getByText(REFUSED)).toHaveAttribute('role', 'alert');
});

vi.setConfig({ testTimeout: 20_000 });
