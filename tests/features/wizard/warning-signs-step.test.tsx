import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { draftActions, getDraftSteps } from '../../../src/features/wizard/draft-store';
import { WarningSignsStep } from '../../../src/features/wizard/WarningSignsStep';
import { labelFor, RED_FLAGS_FIELD } from '../../../src/knowledge/answer-labels';
import { TRIAGE_ADVICE } from '../../../src/knowledge/triage-advice';
import { RED_FLAG_IDS } from '../../../src/scoring';
import { checkboxGroup, completeSteps, pressNext, renderAt, tick } from './helpers';

// Whole steps answered through the accessibility tree are slow in jsdom; allow for it.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
  // The steps before the warning signs are answered; the ones after wait.
  completeSteps(2);
});

const none = () => screen.getByRole('checkbox', { name: 'None of these' });
const sign = (id: (typeof RED_FLAG_IDS)[number]) =>
  screen.getByRole('checkbox', { name: labelFor(RED_FLAGS_FIELD, id) });

test('the step lists the eight signs and "None of these" under one visible legend', () => {
  renderAt('/step/warning-signs', <WarningSignsStep />);

  const group = checkboxGroup(RED_FLAGS_FIELD);
  expect(within(group).getAllByRole('checkbox')).toHaveLength(RED_FLAG_IDS.length + 1);
  expect(within(group).getByText('Do you notice any of these warning signs?')).toBeVisible();
});

test('person cannot pass the warning signs with nothing ticked', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await pressNext(user);

  const message = within(checkboxGroup(RED_FLAGS_FIELD)).getByText(/or tick "none of these"$/i, {
    selector: '.error-message',
  });
  expect(message).toBeVisible();
  expect(sign('one-leg-swollen')).toHaveAccessibleDescription(/or tick "none of these"/i);
  expect(sign('one-leg-swollen')).toHaveFocus();
  expect(window.location.pathname).toBe('/step/warning-signs');
});

test('"None of these" unticks the signs, and a sign unticks "None of these"', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['injury', 'dark-urine']);
  await user.click(none());
  expect(none()).toBeChecked();
  expect(sign('injury')).not.toBeChecked();
  expect(sign('dark-urine')).not.toBeChecked();

  await tick(user, RED_FLAGS_FIELD, ['fever-hot-skin']);
  expect(none()).not.toBeChecked();
  expect(sign('fever-hot-skin')).toBeChecked();
  expect(getDraftSteps().warningSigns).toEqual({
    redFlags: ['fever-hot-skin'],
    noneOfThese: false,
  });
});

test('an emergency sign tells the person at once to call the emergency number', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);
  expect(screen.getByRole('alert')).toBeEmptyDOMElement();

  await tick(user, RED_FLAGS_FIELD, ['breathless-chest-pain']);

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/call your local emergency number now/i);
  expect(within(alert).getByText('Shortness of breath or chest pain')).toBeVisible();
});

test('an urgent sign says to get seen today, and an emergency sign beside it wins', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['one-leg-swollen']);
  expect(screen.getByRole('alert')).toHaveTextContent(/get seen today/i);
  expect(screen.getByRole('alert')).not.toHaveTextContent(/emergency number now/i);

  await tick(user, RED_FLAGS_FIELD, ['saddle-numbness']);
  expect(screen.getByRole('alert')).toHaveTextContent(/call your local emergency number now/i);
});

test('with an emergency and an urgent sign ticked, the advice lists both signs', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['one-leg-swollen', 'saddle-numbness']);

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/call your local emergency number now/i);
  expect(within(alert).getByText(labelFor(RED_FLAGS_FIELD, 'saddle-numbness'))).toBeVisible();
  expect(within(alert).getByText(labelFor(RED_FLAGS_FIELD, 'one-leg-swollen'))).toBeVisible();
});

test('a long cramp with an injury is an emergency at once, as the results will say', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['long-cramp']);
  expect(screen.getByRole('alert')).toHaveTextContent(/get seen today/i);

  await tick(user, RED_FLAGS_FIELD, ['injury']);
  expect(screen.getByRole('alert')).toHaveTextContent(/call your local emergency number now/i);
});

test('the advice stays while any sign is ticked and goes when none is', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['injury', 'fever-hot-skin', 'injury']);
  expect(screen.getByRole('alert')).toHaveTextContent(/get seen today/i);

  await tick(user, RED_FLAGS_FIELD, ['fever-hot-skin']);
  expect(screen.getByRole('alert')).toBeEmptyDOMElement();
});

test('the warning signs are step 3, and Next goes on to the timing questions', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 3 of 7');
  await user.click(none());
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/timing');
  expect(getDraftSteps().warningSigns).toEqual({ redFlags: [], noneOfThese: true });
});

test('checked before the steps ahead of them, the warning signs lead back to the first gap', async () => {
  const user = userEvent.setup();
  draftActions.draftCleared();
  completeSteps(1);
  renderAt('/step/warning-signs', <WarningSignsStep />);

  expect(screen.getByText(/not answered yet/i)).toBeVisible();
  await user.click(none());
  await pressNext(user, 'Save and go to step 2');

  expect(window.location.pathname).toBe('/step/symptoms');
  expect(getDraftSteps().warningSigns).toEqual({ redFlags: [], noneOfThese: true });
});

test('a ticked sign says that stopping here is fine, and nothing is lost', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['one-leg-swollen']);

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/get seen today/i);
  expect(alert).toHaveTextContent(/you can stop here/i);
  expect(alert).toHaveTextContent(/your answers are kept on this device/i);
  expect(getDraftSteps().warningSigns).toEqual({
    redFlags: ['one-leg-swollen'],
    noneOfThese: false,
  });
  // Going on is still open: Next leads to the rest of the questions.
  await pressNext(user);
  expect(window.location.pathname).toBe('/step/timing');
});

test('a ticked sign shows how urgent it is right where it was ticked', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['injury', 'dark-urine']);

  const group = checkboxGroup(RED_FLAGS_FIELD);
  expect(within(group).getByText('Urgent: get seen today')).toBeVisible();
  expect(within(group).getByText('Emergency: call your local emergency number now')).toBeVisible();
});

test('the step gives the same advice, word for word, as the results for each level', async () => {
  const user = userEvent.setup();
  renderAt('/step/warning-signs', <WarningSignsStep />);

  await tick(user, RED_FLAGS_FIELD, ['fever-hot-skin']);
  const urgent = screen.getByRole('alert');
  expect(within(urgent).getByRole('heading', { name: TRIAGE_ADVICE.urgent.action })).toBeVisible();
  expect(within(urgent).getByText(TRIAGE_ADVICE.urgent.detail)).toBeVisible();

  await tick(user, RED_FLAGS_FIELD, ['breathless-chest-pain']);
  const emergency = screen.getByRole('alert');
  expect(
    within(emergency).getByRole('heading', { name: TRIAGE_ADVICE.emergency.action }),
  ).toBeVisible();
  expect(within(emergency).getByText(TRIAGE_ADVICE.emergency.detail)).toBeVisible();
});
