import { STEP_SCHEMAS } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 3: when it comes on, for how long, and how it started. */
export function TimingStep() {
  const { form, onSubmit } = useStepForm('timing', STEP_SCHEMAS.timing, useStepDefaults('timing'));
  return (
    <StepShell step={stepNumberOf('timing')} onSubmit={onSubmit}>
      <StepQuestions step="timing" form={form} />
    </StepShell>
  );
}
