// The wizard inside the app shell: addresses, guard, focus and nothing lost on the way.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { draftActions } from '../../../src/features/wizard/draft-store';
import { completeSteps, pick, pressNext, radioGroup, renderAt, tick } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  // The app loads the wizard lazily; load it once up front so the first test is not the one
  // that waits for the module to compile.
  await import('../../../src/features/wizard/WizardStep');
});

beforeEach(() => {
  draftActions.draftCleared();
});

test('focus lands on the step heading after Start and after Next', async () => {
  const user = userEvent.setup();
  renderAt('/', <App />);

  await user.click(screen.getByRole('link', { name: 'Start the questions' }));
  // The first step arrives with the lazily loaded wizard: focus follows as soon as it shows.
  const step1 = await screen.findByRole('heading', { level: 1, name: /about you/i });
  await waitFor(() => expect(step1).toHaveFocus());
  expect(document.title).toBe('Step 1 of 7: About you – LegCheck');

  await pick(user, 'about.ageBand', '31-50');
  await pick(user, 'about.sex', 'male');
  await pressNext(user);

  const step2 = await screen.findByRole('heading', { level: 1, name: /symptoms/i });
  await waitFor(() => expect(step2).toHaveFocus());
  expect(window.location.pathname).toBe('/step/symptoms');
});

test('browser Back returns to the previous step with its answers', async () => {
  const user = userEvent.setup();
  completeSteps(1);
  renderAt('/step/about', <App />);
  await screen.findByRole('heading', { level: 1, name: /about you/i });
  await pressNext(user);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });
  await tick(user, 'symptoms.kinds', ['numbness']);

  act(() => window.history.back());

  const heading = await screen.findByRole('heading', { level: 1, name: /about you/i });
  expect(window.location.pathname).toBe('/step/about');
  await waitFor(() => expect(heading).toHaveFocus());
  expect(within(radioGroup('about.sex')).getByRole('radio', { name: 'Female' })).toBeChecked();

  act(() => window.history.forward());
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });
  expect(screen.getByRole('checkbox', { name: 'Numbness' })).toBeChecked();
});

test('a reload mid-step comes back to the same step with what was chosen, even before Next', async () => {
  const user = userEvent.setup();
  completeSteps(3);
  const first = renderAt('/step/timing', <App />);
  await screen.findByRole('heading', { level: 1, name: /timing/i });
  await tick(user, 'timing.when', ['after-exercise']);
  await pick(user, 'timing.duration', 'months');
  first.unmount();

  renderAt('/step/timing', <App />);

  await screen.findByRole('heading', { level: 1, name: /timing/i });
  expect(screen.getByRole('checkbox', { name: 'After exercise' })).toBeChecked();
  expect(screen.getByRole('radio', { name: '1 to 3 months' })).toBeChecked();
});

test('a step cannot be opened before the earlier ones are answered', async () => {
  completeSteps(3);
  renderAt('/step/lifestyle', <App />);

  expect(await screen.findByRole('heading', { level: 1, name: /timing/i })).toBeVisible();
  expect(window.location.pathname).toBe('/step/timing');
});

test('the warning signs can be checked from any page, even before the questions', async () => {
  const user = userEvent.setup();
  renderAt('/', <App />);

  await user.click(screen.getByRole('link', { name: 'Check the warning signs' }));

  const heading = await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  await waitFor(() => expect(heading).toHaveFocus());
  expect(window.location.pathname).toBe('/step/warning-signs');
});

test('the in-page Back link goes to the previous step', async () => {
  const user = userEvent.setup();
  completeSteps(4);
  renderAt('/step/diet', <App />);
  await screen.findByRole('heading', { level: 1, name: /diet/i });

  await user.click(screen.getByRole('link', { name: 'Back' }));

  const timing = await screen.findByRole('heading', { level: 1, name: /timing/i });
  await waitFor(() => expect(timing).toHaveFocus());
  expect(screen.getByRole('radio', { name: '1 to 4 weeks' })).toBeChecked();
});
