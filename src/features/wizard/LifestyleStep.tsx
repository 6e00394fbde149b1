import { STEP_SCHEMAS } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 5: sun, sweating and the supplements already taken. */
export function LifestyleStep() {
  const { form, onSubmit } = useStepForm(
    'lifestyle',
    STEP_SCHEMAS.lifestyle,
    useStepDefaults('lifestyle'),
  );
  return (
    <StepShell step={stepNumberOf('lifestyle')} onSubmit={onSubmit}>
      <StepQuestions step="lifestyle" form={form} />
    </StepShell>
  );
}
