import type { ComponentType } from 'react';
import { useEffect } from 'react';
import { navigate } from '../../lib/router';
import { AboutStep } from './AboutStep';
import { DietStep } from './DietStep';
import { useFirstIncompleteStep } from './draft-progress';
import { HealthStep } from './HealthStep';
import { LifestyleStep } from './LifestyleStep';
import type { StepNumber } from './steps';
import { stepPath } from './steps';
import { SymptomsStep } from './SymptomsStep';
import { TimingStep } from './TimingStep';
import { WarningSignsStep } from './WarningSignsStep';

const STEP_COMPONENTS: Record<StepNumber, ComponentType> = {
  1: AboutStep,
  2: SymptomsStep,
  3: TimingStep,
  4: DietStep,
  5: LifestyleStep,
  6: HealthStep,
  7: WarningSignsStep,
};

/** Whether a step may be opened: every earlier step must be complete, except warning signs. */
export function stepGuard(step: StepNumber, firstIncomplete: StepNumber | null): StepNumber | null {
  // The warning-signs step is always open: the "when to see a doctor" line links to it, and
  // checking for a sign that needs care now must never wait on diet questions.
  if (step === 7 || firstIncomplete === null || firstIncomplete >= step) return null;
  return firstIncomplete;
}

/** One wizard step at its own address; an unfinished earlier step sends the person back to it. */
export function WizardStep({ step }: { step: StepNumber }) {
  const redirectTo = stepGuard(step, useFirstIncompleteStep());

  useEffect(() => {
    if (redirectTo !== null) navigate(stepPath(redirectTo), { replace: true });
  }, [redirectTo]);

  if (redirectTo !== null) return null;
  const Step = STEP_COMPONENTS[step];
  return <Step />;
}
