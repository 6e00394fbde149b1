import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { AboutStep } from '../../../src/features/wizard/AboutStep';
import { draftActions, getDraftSteps } from '../../../src/features/wizard/draft-store';
import { pick, pressNext, radioGroup, renderAt } from './helpers';

// Whole steps answered through the accessibility tree are slow in jsdom; allow for it.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
});

test('person sees what is missing next to each question and lands on the first one', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);

  await pressNext(user);

  const age = radioGroup('about.ageBand');
  expect(age).toHaveAttribute('aria-invalid', 'true');
  expect(within(age).getByText('Choose your age group')).toBeVisible();
  const under18 = within(age).getByRole('radio', { name: 'Under 18' });
  expect(under18).toHaveFocus();
  expect(under18).toHaveAccessibleDescription(/choose your age group/i);
  const sex = radioGroup('about.sex');
  expect(within(sex).getByText('Choose the option that fits you best')).toBeVisible();
  expect(window.location.pathname).toBe('/step/about');
});

test('focus goes to the first question still missing, not to one already answered', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  await pick(user, 'about.ageBand', '51-70');

  await pressNext(user);

  expect(within(radioGroup('about.sex')).getByRole('radio', { name: 'Female' })).toHaveFocus();
  expect(radioGroup('about.ageBand')).not.toHaveAttribute('aria-invalid');
});

test('person is asked about pregnancy only when sex is not male', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  expect(screen.queryByRole('radiogroup', { name: 'Are you pregnant?' })).not.toBeInTheDocument();

  await pick(user, 'about.sex', 'female');
  expect(radioGroup('about.pregnant')).toBeVisible();

  await pick(user, 'about.sex', 'male');
  expect(screen.queryByRole('radiogroup', { name: 'Are you pregnant?' })).not.toBeInTheDocument();

  await pick(user, 'about.sex', 'intersex-or-other');
  expect(radioGroup('about.pregnant')).toBeVisible();
});

test('a woman must answer the pregnancy question before going on', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  await pick(user, 'about.ageBand', '31-50');
  await pick(user, 'about.sex', 'female');

  await pressNext(user);

  expect(
    within(radioGroup('about.pregnant')).getByText('Say whether you are pregnant'),
  ).toBeVisible();
  expect(screen.getByRole('radio', { name: 'Yes, I am pregnant' })).toHaveFocus();
  expect(window.location.pathname).toBe('/step/about');
});

test('switching from male back to female asks about pregnancy again', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  await pick(user, 'about.ageBand', '31-50');
  await pick(user, 'about.sex', 'male');
  await pick(user, 'about.sex', 'female');

  expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  await pressNext(user);
  expect(await screen.findByText('Say whether you are pregnant')).toBeVisible();
});

test('a man goes on with pregnancy recorded as not asked (false)', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  await pick(user, 'about.ageBand', '71+');
  await pick(user, 'about.sex', 'male');

  await pressNext(user);

  expect(window.location.pathname).toBe('/step/symptoms');
  expect(getDraftSteps().about).toEqual({ ageBand: '71+', sex: 'male', pregnant: false });
});

test('choosing under 18 says at once that LegCheck is for adults and blocks Next', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);

  await user.click(screen.getByRole('radio', { name: 'Under 18' }));

  expect(screen.getByRole('heading', { name: 'LegCheck is for adults' })).toBeVisible();
  expect(screen.getAllByText(/parent or carer/i).length).toBeGreaterThan(0);
  expect(radioGroup('about.ageBand')).toHaveAttribute('aria-invalid', 'true');

  await pick(user, 'about.sex', 'female');
  await pick(user, 'about.pregnant', 'false');
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/about');
  expect(screen.getByRole('radio', { name: 'Under 18' })).toHaveFocus();
});

test('changing from under 18 to an adult age clears the message', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);
  await user.click(screen.getByRole('radio', { name: 'Under 18' }));

  await pick(user, 'about.ageBand', '18-30');

  expect(screen.queryByRole('heading', { name: 'LegCheck is for adults' })).not.toBeInTheDocument();
  expect(radioGroup('about.ageBand')).not.toHaveAttribute('aria-invalid');
});

test('every answer is kept as it is chosen, before Next', async () => {
  const user = userEvent.setup();
  renderAt('/step/about', <AboutStep />);

  await pick(user, 'about.ageBand', '18-30');

  expect(getDraftSteps().about).toMatchObject({ ageBand: '18-30' });
});

test('the step starts from the answers already kept', () => {
  draftActions.draftChanged('about', { ageBand: '51-70', sex: 'female' });
  renderAt('/step/about', <AboutStep />);

  expect(screen.getByRole('radio', { name: '51 to 70' })).toBeChecked();
  expect(screen.getByRole('radio', { name: 'Female' })).toBeChecked();
  expect(radioGroup('about.pregnant')).toBeVisible();
});

test('the step shows its number, a progress bar and a Back link to the start', () => {
  renderAt('/step/about', <AboutStep />);

  expect(screen.getByRole('heading', { level: 1, name: 'Step 1 of 7: About you' })).toBeVisible();
  expect(screen.getByRole('progressbar', { name: 'Questionnaire progress' })).toHaveAttribute(
    'value',
    '1',
  );
  expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');
});

test('a kept draft for a man goes on without a pregnancy answer', async () => {
  const user = userEvent.setup();
  draftActions.draftChanged('about', { ageBand: '31-50', sex: 'male' });
  renderAt('/step/about', <AboutStep />);

  await pressNext(user);

  expect(window.location.pathname).toBe('/step/symptoms');
  expect(getDraftSteps().about).toEqual({ ageBand: '31-50', sex: 'male', pregnant: false });
});
