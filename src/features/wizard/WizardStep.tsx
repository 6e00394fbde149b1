import type { ComponentType } from 'react';
import { useEffect } from 'react';
import { paths } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { AboutStep } from './AboutStep';
import { useFirstIncompleteStep } from './draft-progress';
import { QuestionsStep } from './QuestionsStep';
import type { StepKey, StepNumber } from './steps';
import { opensEarly, stepKey, stepNumberOf } from './steps';
import { WarningSignsStep } from './WarningSignsStep';

// The steps that draw more than their questions; every other step is its questions alone.
const STEP_COMPONENTS: Partial<Record<StepKey, ComponentType>> = {
  about: AboutStep,
  warningSigns: WarningSignsStep,
};

/** Whether a step may be opened: every earlier step must be complete, except warning signs. */
export function stepGuard(step: StepNumber, firstIncomplete: StepNumber | null): StepNumber | null {
  // The warning-signs step is always open: the "when to see a doctor" line links to it, and
  // checking for a sign that needs care now must never wait on diet questions.
  if (opensEarly(stepKey(step)) || firstIncomplete === null || firstIncomplete >= step) return null;
  return firstIncomplete;
}

/** One wizard step at its own address; an unfinished earlier step sends the person back to it. */
export function WizardStep({ step: key }: { step: StepKey }) {
  const redirectTo = stepGuard(stepNumberOf(key), useFirstIncompleteStep());

  useEffect(() => {
    if (redirectTo !== null) navigate(paths.step(stepKey(redirectTo)), { replace: true });
  }, [redirectTo]);

  if (redirectTo !== null) return null;
  const Step = STEP_COMPONENTS[key];
  return Step ? <Step /> : <QuestionsStep step={key} />;
}
