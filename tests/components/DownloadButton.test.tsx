import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { DownloadButton } from '../../src/components/DownloadButton';
import { catchDownloads, refuseDownloads } from '../features/history/helpers';

test('a download the browser refuses is reported in plain words', async () => {
  const user = userEvent.setup();
  const onDownloaded = vi.fn(() => null);
  refuseDownloads();
  render(
    <DownloadButton file={() => ({ name: 'a.json', data: { a: 1 } })} onDownloaded={onDownloaded}>
      Download it
    </DownloadButton>,
  );

  await user.click(screen.getByRole('button', { name: 'Download it' }));

  expect(screen.getByRole('alert')).toHaveTextContent(
    'The file could not be downloaded: this browser did not allow it. Please try again.',
  );
  expect(onDownloaded).not.toHaveBeenCalled();
});

test('a download that works says nothing more, and a later one clears the earlier problem', async () => {
  const user = userEvent.setup();
  render(
    <DownloadButton file={() => ({ name: 'a.json', data: { a: 1 } })}>Download it</DownloadButton>,
  );
  refuseDownloads();
  await user.click(screen.getByRole('button', { name: 'Download it' }));
  expect(screen.getByRole('alert')).toBeVisible();

  vi.restoreAllMocks();
  const downloads = catchDownloads();
  await user.click(screen.getByRole('button', { name: 'Download it' }));

  expect(await downloads.files()).toEqual([{ name: 'a.json', text: '{\n  "a": 1\n}\n' }]);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('what happens after a download can add its own problem', async () => {
  const user = userEvent.setup();
  catchDownloads();
  render(
    <DownloadButton
      file={() => ({ name: 'a.json', data: 1 })}
      onDownloaded={() => 'The file was offered, but this was not noted.'}
    >
      Download it
    </DownloadButton>,
  );
  await user.click(screen.getByRole('button', { name: 'Download it' }));
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The file was offered, but this was not noted.',
  );
});
