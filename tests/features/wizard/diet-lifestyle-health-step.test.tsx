import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { QuestionsStep } from '../../../src/features/wizard/QuestionsStep';
import { draftActions, getDraftSteps } from '../../../src/features/wizard/draft-store';
import {
  ANSWER_LABELS,
  FOOD_GROUPS_QUESTION,
  labelFor,
} from '../../../src/knowledge/answer-labels';
import { FOOD_GROUPS } from '../../../src/scoring';
import { completeSteps, pick, pressNext, radioGroup, renderAt, tick } from './helpers';

// Whole steps answered through the accessibility tree are slow in jsdom; allow for it.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
});

test('the diet step asks about nine food groups, each its own named group', () => {
  renderAt('/step/diet', <QuestionsStep step="diet" />);

  const grid = screen.getByRole('group', { name: FOOD_GROUPS_QUESTION });
  const rows = within(grid).getAllByRole('radiogroup');
  expect(rows).toHaveLength(9);
  expect(
    within(grid).getByRole('radiogroup', { name: 'Dairy (milk, cheese, yogurt)' }),
  ).toBeVisible();
  for (const row of rows) {
    expect(
      within(row)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['rarely', 'weekly', 'most-days']);
  }
});

test('person sees a message for each food group left out and lands on the first missing', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);
  await pick(user, 'diet.pattern', 'omnivore');
  await pick(user, 'diet.dairy', 'rarely');

  await pressNext(user);

  expect(
    within(radioGroup('diet.fattyFish')).getByText('Say how often you eat oily fish'),
  ).toBeVisible();
  expect(radioGroup('diet.dairy')).not.toHaveAttribute('aria-invalid');
  expect(
    within(radioGroup('diet.fattyFish')).getByRole('radio', { name: 'Rarely or never' }),
  ).toHaveFocus();
  expect(window.location.pathname).toBe('/step/diet');
});

test('person fills the diet step and goes on to lifestyle', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);

  await pick(user, 'diet.pattern', 'pescatarian');
  // A pescatarian is not asked about red meat: eight food groups are hers to answer.
  for (const group of FOOD_GROUPS.filter((group) => group !== 'redMeat')) {
    await pick(user, `diet.${group}`, 'most-days');
  }
  await pick(user, 'diet.water', '8-plus-glasses');
  await pick(user, 'diet.alcohol', 'moderate');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/lifestyle');
  expect(getDraftSteps().diet).toMatchObject({
    pattern: 'pescatarian',
    legumes: 'most-days',
    fattyFish: 'most-days',
    redMeat: 'rarely',
  });
});

test('lifestyle needs sun and sweating but supplements may stay empty', async () => {
  const user = userEvent.setup();
  renderAt('/step/lifestyle', <QuestionsStep step="lifestyle" />);

  await pressNext(user);
  expect(screen.getByText('Say how much time you spend outdoors')).toBeVisible();
  expect(screen.getByText('Say how much you sweat')).toBeVisible();
  expect(screen.getByRole('radio', { name: labelFor('lifestyle.sun', 'rarely') })).toHaveFocus();

  await pick(user, 'lifestyle.sun', 'daily');
  await pick(user, 'lifestyle.sweating', 'heavy');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/health');
  expect(getDraftSteps().lifestyle).toEqual({ sun: 'daily', sweating: 'heavy', supplements: [] });
});

test('person can tick supplements they already take', async () => {
  const user = userEvent.setup();
  renderAt('/step/lifestyle', <QuestionsStep step="lifestyle" />);

  await tick(user, 'lifestyle.supplements', ['multivitamin', 'vitamin-d']);

  expect(getDraftSteps().lifestyle?.supplements).toEqual(['vitamin-d', 'multivitamin']);
});

test('health and medicines, the last step, may be left empty and lead to the results', async () => {
  const user = userEvent.setup();
  completeSteps(6);
  renderAt('/step/health', <QuestionsStep step="health" />);

  expect(
    screen.getByRole('group', { name: ANSWER_LABELS['health.medications'].question }),
  ).toHaveAccessibleDescription(/leave all unticked if none/i);
  await pressNext(user, 'See my results');

  expect(window.location.pathname).toBe('/results');
  expect(getDraftSteps().health).toEqual({ conditions: [], medications: [] });
});

test('medicine options explain medical words', async () => {
  const user = userEvent.setup();
  renderAt('/step/health', <QuestionsStep step="health" />);

  const acid = screen.getByRole('checkbox', {
    name: 'Stomach acid reducer for months (proton pump inhibitor or H2 blocker)',
  });
  expect(acid).toHaveAccessibleDescription(/heartburn/i);
  // The water pill says which ones count: spironolactone or amiloride alone do not lower magnesium.
  expect(
    screen.getByRole('checkbox', { name: 'A water pill (diuretic): loop or thiazide' }),
  ).toHaveAccessibleDescription(/spironolactone or amiloride on their own do not count/i);
  expect(
    screen.getByRole('checkbox', { name: 'Nitrous oxide (laughing gas, used for fun)' }),
  ).toBeVisible();
  expect(
    screen.getByRole('checkbox', { name: 'Steroid tablets for months (corticosteroids)' }),
  ).toBeVisible();

  await tick(user, 'health.medications', ['statin']);
  await tick(user, 'health.conditions', ['darker-skin']);
  await pressNext(user, 'See my results');
  expect(getDraftSteps().health).toEqual({ conditions: ['darker-skin'], medications: ['statin'] });
});
