import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { StartPageHistory } from '../../../src/features/history/StartPageHistory';
import { historyStores } from '../../../src/features/history/store';
import { assess } from '../../../src/scoring';
import { CRAMPS_ANSWERS, NEWER, OLDER, storedHistory } from './fixtures';
import { loadHistory, reloadHistory } from './helpers';

test('person with saved results finds a link to them on the start page', async () => {
  await loadHistory(storedHistory([OLDER, NEWER]));
  render(<StartPageHistory />);
  expect(screen.getByRole('link', { name: /saved results on this device: 2/i })).toHaveAttribute(
    'href',
    '/history',
  );
});

test('person with no saved results sees no history link', async () => {
  await loadHistory();
  render(<StartPageHistory />);
  expect(screen.queryByRole('link', { name: /saved results/i })).not.toBeInTheDocument();
});

test('person whose saved results cannot be read is told so on the start page', async () => {
  await loadHistory('this is not json');
  render(<StartPageHistory />);
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
});

test('person whose damaged history was replaced by a new save is still told on the start page', async () => {
  await loadHistory('this is not json');
  historyStores.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), 'run-1');
  await reloadHistory();
  render(<StartPageHistory />);
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
  expect(screen.getByRole('link', { name: /saved results on this device: 1/i })).toBeVisible();
});
