import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { QuestionsStep } from '../../../src/features/wizard/QuestionsStep';
import { draftActions, getDraftSteps } from '../../../src/features/wizard/draft-store';
import { checkboxGroup, pick, pressNext, radioGroup, renderAt, tick } from './helpers';

// Whole steps answered through the accessibility tree are slow in jsdom; allow for it.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
});

test('person cannot pass the symptoms step without ticking a symptom', async () => {
  const user = userEvent.setup();
  renderAt('/step/symptoms', <QuestionsStep step="symptoms" />);
  await pick(user, 'symptoms.legs', 'both');
  await pick(user, 'symptoms.severity', 'mild');

  await pressNext(user);

  const kinds = checkboxGroup('symptoms.kinds');
  expect(within(kinds).getByText('Choose at least one symptom')).toBeVisible();
  const first = within(kinds).getByRole('checkbox', { name: 'Dull muscle aches' });
  expect(first).toHaveFocus();
  expect(first).toHaveAttribute('aria-invalid', 'true');
  expect(first).toHaveAccessibleDescription(/choose at least one symptom/i);
  expect(window.location.pathname).toBe('/step/symptoms');
});

test('symptom options use plain words with a hint for medical ones', () => {
  renderAt('/step/symptoms', <QuestionsStep step="symptoms" />);

  expect(screen.getByRole('checkbox', { name: 'Pins and needles (tingling)' })).toBeVisible();
  expect(
    screen.getByRole('checkbox', {
      name: 'Restless legs: unpleasant feelings with an urge to move them',
    }),
  ).toBeVisible();
  expect(
    screen.getByRole('checkbox', { name: 'Poor balance or coordination' }),
  ).toHaveAccessibleDescription(/moving your legs smoothly/i);
});

test('person fills the symptoms step and goes on to the warning signs', async () => {
  const user = userEvent.setup();
  renderAt('/step/symptoms', <QuestionsStep step="symptoms" />);

  await tick(user, 'symptoms.kinds', ['tingling', 'cramps']);
  await pick(user, 'symptoms.legs', 'one');
  await pick(user, 'symptoms.severity', 'severe');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/warning-signs');
  expect(getDraftSteps().symptoms).toEqual({
    kinds: ['cramps', 'tingling'],
    // Where it is felt is optional: left untouched, it is stored as "not said".
    where: [],
    legs: 'one',
    severity: 'severe',
  });
});

test('person shows where it is felt on the picture of the legs or by its boxes', async () => {
  const user = userEvent.setup();
  const { container } = renderAt('/step/symptoms', <QuestionsStep step="symptoms" />);

  const where = screen.getByRole('group', { name: 'Where do you feel it?' });
  expect(where).toHaveAccessibleDescription(
    /tick all that apply\. you can also tap the picture\./i,
  );
  // A tap on the drawn feet ticks the feet box; the places beyond the legs are boxes only.
  const feet = container.querySelector('[data-region="feet"]');
  if (!(feet instanceof Element)) throw new Error('the picture draws no feet');
  await user.click(feet);
  expect(within(where).getByRole('checkbox', { name: 'Feet and toes' })).toBeChecked();
  await user.click(within(where).getByRole('checkbox', { name: 'Hands or arms too' }));
  await tick(user, 'symptoms.kinds', ['numbness']);
  await pick(user, 'symptoms.legs', 'both');
  await pick(user, 'symptoms.severity', 'mild');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/warning-signs');
  expect(getDraftSteps().symptoms?.where).toEqual(['feet', 'hands-arms']);
});

test('unticking a symptom is kept too', async () => {
  const user = userEvent.setup();
  renderAt('/step/symptoms', <QuestionsStep step="symptoms" />);

  await tick(user, 'symptoms.kinds', ['tingling', 'cramps', 'tingling']);

  expect(getDraftSteps().symptoms?.kinds).toEqual(['cramps']);
});

test('person sees every missing timing answer and lands on the first', async () => {
  const user = userEvent.setup();
  renderAt('/step/timing', <QuestionsStep step="timing" />);

  await pressNext(user);

  expect(
    within(checkboxGroup('timing.when')).getByText('Choose at least one time when it happens'),
  ).toBeVisible();
  expect(
    within(radioGroup('timing.duration')).getByText('Choose how long it has been going on'),
  ).toBeVisible();
  expect(
    within(radioGroup('timing.onset')).getByText('Say whether it started suddenly or gradually'),
  ).toBeVisible();
  expect(screen.getByRole('checkbox', { name: 'Wakes me at night or during sleep' })).toHaveFocus();
});

test('an error clears as soon as the answer is given after a failed Next', async () => {
  const user = userEvent.setup();
  renderAt('/step/timing', <QuestionsStep step="timing" />);
  await pressNext(user);

  await pick(user, 'timing.duration', 'over-3-months');

  expect(screen.queryByText('Choose how long it has been going on')).not.toBeInTheDocument();
  expect(screen.getByText('Say whether it started suddenly or gradually')).toBeVisible();
});

test('person fills the timing step and goes on to diet', async () => {
  const user = userEvent.setup();
  renderAt('/step/timing', <QuestionsStep step="timing" />);

  await tick(user, 'timing.when', ['walking-eases-rest']);
  await pick(user, 'timing.duration', 'days');
  await pick(user, 'timing.onset', 'sudden');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/diet');
  expect(
    screen.queryByRole('checkbox', { name: 'Comes on when walking, eases within minutes of rest' }),
  ).toBeInTheDocument();
});
