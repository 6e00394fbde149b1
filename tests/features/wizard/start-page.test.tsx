import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { draftActions, getDraftSteps } from '../../../src/features/wizard/draft-store';
import { StartPage } from '../../../src/features/wizard/StartPage';
import { COMPLETE_STEPS, completeSteps, renderAt } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
});

test('a first-time visitor learns what LegCheck does and does not do, and can start', () => {
  renderAt('/', <StartPage />);

  expect(screen.getByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
  expect(screen.getByText(/does not diagnose/i)).toBeVisible();
  expect(screen.getByText(/suggests what to discuss with a doctor/i)).toBeVisible();
  expect(screen.getByText(/answers never leave your device/i)).toBeVisible();
  expect(screen.getByText(/in an emergency call your local emergency number/i)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Start the questions' })).toHaveAttribute(
    'href',
    '/step/about',
  );
  expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
});

test('with an unfinished draft the person can resume at the first unanswered step', async () => {
  completeSteps(3);
  renderAt('/', <StartPage />);

  // About you, symptoms and the warning signs are done: timing is next.
  expect(await screen.findByRole('link', { name: 'Resume where you left off' })).toHaveAttribute(
    'href',
    '/step/timing',
  );
  expect(screen.queryByRole('link', { name: 'Start the questions' })).not.toBeInTheDocument();
});

test('Start over asks first, and "keep" leaves the answers and returns focus', async () => {
  const user = userEvent.setup();
  completeSteps(2);
  renderAt('/', <StartPage />);

  await user.click(await screen.findByRole('button', { name: 'Start over' }));

  expect(screen.getByRole('heading', { name: 'Clear your answers and start over?' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'No, keep my answers' }));

  expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
  expect(getDraftSteps().symptoms).toEqual(COMPLETE_STEPS.symptoms);
  expect(window.location.pathname).toBe('/');
});

test('confirming Start over clears the answers and opens step 1', async () => {
  const user = userEvent.setup();
  completeSteps(2);
  renderAt('/', <StartPage />);

  await user.click(await screen.findByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));

  expect(getDraftSteps()).toEqual({});
  expect(window.location.pathname).toBe('/step/about');
});

test('with every step answered the person can see the results again', async () => {
  completeSteps(7);
  renderAt('/', <StartPage />);

  expect(await screen.findByRole('link', { name: 'See your results' })).toHaveAttribute(
    'href',
    '/results',
  );
  expect(screen.getByRole('button', { name: 'Start over' })).toBeVisible();
});
