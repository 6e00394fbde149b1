// Shared steps for wizard tests: answers are found by the words a person reads.
import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { AnswerLabels } from '../../../src/knowledge/answer-labels';
import { draftActions } from '../../../src/features/wizard/draft-store';
import type { StepValues } from '../../../src/features/wizard/step-schemas';
import { STEP_KEYS } from '../../../src/features/wizard/steps';
import { ANSWER_LABELS, labelFor } from '../../../src/knowledge/answer-labels';
import { answersWith } from '../../scoring/fixtures';

/** Renders `ui` with the address bar at `path` (the router reads the real location). */
export function renderAt(path: string, ui: ReactElement) {
  window.history.replaceState(null, '', path);
  return render(ui);
}

/** The radio group of a question, by its legend. */
export function radioGroup(field: keyof AnswerLabels) {
  return screen.getByRole('radiogroup', { name: ANSWER_LABELS[field].question });
}

/** The checkbox group of a question, by its legend. */
export function checkboxGroup(field: keyof AnswerLabels) {
  return screen.getByRole('group', { name: ANSWER_LABELS[field].question });
}

/** Chooses one option of a radio question. */
export async function pick(user: UserEvent, field: keyof AnswerLabels, value: string) {
  await user.click(within(radioGroup(field)).getByRole('radio', { name: labelFor(field, value) }));
}

/** Ticks options of a checkbox question. */
export async function tick(user: UserEvent, field: keyof AnswerLabels, values: string[]) {
  for (const value of values) {
    await user.click(
      within(checkboxGroup(field)).getByRole('checkbox', { name: labelFor(field, value) }),
    );
  }
}

/** Presses Next (or the step's own submit label). */
export async function pressNext(user: UserEvent, name: string | RegExp = 'Next') {
  await user.click(screen.getByRole('button', { name }));
}

const { redFlags, ...completeAnswers } = answersWith({
  about: { sex: 'female' },
  symptoms: { kinds: ['cramps'] },
  timing: { when: ['night'], duration: 'weeks' },
});

/** A complete, valid draft of every step, as the store keeps it. */
export const COMPLETE_STEPS: StepValues = {
  ...completeAnswers,
  warningSigns: { redFlags, noneOfThese: true },
};

/** Completes the first `count` steps in the draft, as if the person had pressed Next on each. */
export function completeSteps(count: number) {
  for (const key of STEP_KEYS.slice(0, count)) {
    draftActions.stepCompleted(key, COMPLETE_STEPS[key]);
  }
}
