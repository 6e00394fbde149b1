// A step's place is its place in the question table's list of steps (QUESTION_STEPS) and nowhere
// else. Issue 13 moved the warning signs from step 7 to step 3, right after the symptoms; every
// page follows, and the addresses name the step, so no link changed.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { draftActions } from '../../src/features/wizard/draft-store';
import { answersWith } from '../scoring/fixtures';

vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  await import('../../src/features/wizard/WizardStep');
  await import('../../src/app/routes/ResultsRoute');
});

beforeEach(() => {
  draftActions.draftCleared();
});

let historyLength = 0;

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  historyLength = window.history.length;
  return render(<App />);
}

test('the warning-signs link on every page leads to the step where the warning signs are', async () => {
  const user = userEvent.setup();
  renderAt('/');

  const safety = screen.getByRole('complementary', { name: 'When to see a doctor' });
  const link = within(safety).getByRole('link', { name: 'Check the warning signs' });
  expect(link).toHaveAttribute('href', '/step/warning-signs');
  await user.click(link);

  // Open with nothing answered yet: checking for warning signs never waits.
  const heading = await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  expect(heading).toHaveTextContent('Step 3 of 7');
  expect(window.location.pathname).toBe('/step/warning-signs');
});

test('the old address of the warning signs, /step/7, still opens them and is replaced', async () => {
  renderAt('/step/7');

  const heading = await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  expect(heading).toHaveTextContent('Step 3 of 7');
  await waitFor(() => expect(window.location.pathname).toBe('/step/warning-signs'));
  // Replaced in place: Back in the browser does not return to the old address.
  expect(window.history.length).toBe(historyLength);
});

test('a later step still waits for the earlier ones', async () => {
  renderAt('/step/timing');

  expect(await screen.findByRole('heading', { level: 1, name: /about you/i })).toBeVisible();
  expect(window.location.pathname).toBe('/step/about');
});

test("the results' change link for the warning signs leads to their step", async () => {
  const answers = answersWith({});
  act(() => {
    draftActions.stepCompleted('about', answers.about);
    draftActions.stepCompleted('symptoms', answers.symptoms);
    draftActions.stepCompleted('warningSigns', { redFlags: [], noneOfThese: true });
    draftActions.stepCompleted('timing', answers.timing);
    draftActions.stepCompleted('diet', answers.diet);
    draftActions.stepCompleted('lifestyle', answers.lifestyle);
    draftActions.stepCompleted('health', answers.health);
  });
  renderAt('/results');

  const summary = await screen.findByRole('region', { name: 'Your answers' });
  expect(within(summary).getByRole('link', { name: 'Change my warning signs' })).toHaveAttribute(
    'href',
    '/step/warning-signs',
  );
  expect(within(summary).getByRole('link', { name: 'Change when it happens' })).toHaveAttribute(
    'href',
    '/step/timing',
  );
  const titles = within(summary)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
  expect(titles.indexOf('Warning signs')).toBe(2);
});
