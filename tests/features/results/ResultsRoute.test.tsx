import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ResultsRoute } from '../../../src/app/routes/ResultsRoute';
import { draftActions } from '../../../src/features/wizard/draft-store';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { TRIAGE_ADVICE } from '../../../src/knowledge/triage-advice';
import type { Answers } from '../../../src/scoring';
import { VEGAN_TINGLING } from './fixtures';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

/** Puts finished answers into the wizard's draft, step by step, as the wizard would. */
function completeDraft(answers: Answers) {
  act(() => {
    draftActions.draftCleared();
    draftActions.stepCompleted('about', answers.about);
    draftActions.stepCompleted('symptoms', answers.symptoms);
    draftActions.stepCompleted('timing', answers.timing);
    draftActions.stepCompleted('diet', answers.diet);
    draftActions.stepCompleted('lifestyle', answers.lifestyle);
    draftActions.stepCompleted('health', answers.health);
    draftActions.stepCompleted('warningSigns', {
      redFlags: answers.redFlags,
      noneOfThese: answers.redFlags.length === 0,
    });
  });
}

function factorHeadings() {
  const region = screen.getByRole('region', { name: 'What could be involved' });
  return within(region).getAllByRole('heading', { level: 3 });
}

test('person without answers is offered a way to start the questionnaire', () => {
  act(() => draftActions.draftCleared());
  window.history.replaceState(null, '', '/results');
  render(<ResultsRoute />);

  expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  expect(screen.getByText(/no results yet/i)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute(
    'href',
    '/step/about',
  );
});

test('person with a half-finished questionnaire can resume where they stopped', async () => {
  const user = userEvent.setup();
  act(() => {
    draftActions.draftCleared();
    draftActions.stepCompleted('about', VEGAN_TINGLING.about);
    draftActions.stepCompleted('symptoms', VEGAN_TINGLING.symptoms);
  });
  window.history.replaceState(null, '', '/results');
  render(<ResultsRoute />);

  const resume = screen.getByRole('link', { name: 'Resume the questionnaire' });
  // The warning signs come right after the symptoms.
  expect(resume).toHaveAttribute('href', '/step/warning-signs');
  await user.click(resume);
  expect(window.location.pathname).toBe('/step/warning-signs');
});

test('person with finished answers sees results, led by what to do now', () => {
  completeDraft(VEGAN_TINGLING);
  render(<ResultsRoute />);

  const headings = screen.getAllByRole('heading');
  expect(headings[0]).toHaveAccessibleName('Your results');
  expect(headings[1]).toHaveAccessibleName(
    expect.stringContaining(TRIAGE_ADVICE['see-doctor'].action),
  );
  expect(factorHeadings()[0]).toHaveAccessibleName(NUTRIENTS['vitamin-b12'].name);
});

test('person who changes an answer sees the results follow', async () => {
  const user = userEvent.setup();
  completeDraft(VEGAN_TINGLING);
  window.history.replaceState(null, '', '/results');
  render(<ResultsRoute />);
  expect(factorHeadings()[0]).toHaveAccessibleName(NUTRIENTS['vitamin-b12'].name);

  await user.click(screen.getByRole('link', { name: 'Change my symptoms' }));
  expect(window.location.pathname).toBe('/step/symptoms');

  // The wizard keeps the new answer in the draft; the results are worked out again from it.
  act(() =>
    draftActions.stepCompleted('symptoms', {
      kinds: ['restless-legs', 'fatigue'],
      legs: 'both',
      severity: 'moderate',
    }),
  );
  expect(factorHeadings()[0]).toHaveAccessibleName(NUTRIENTS.iron.name);
});
