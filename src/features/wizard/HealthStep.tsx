import { STEP_SCHEMAS } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 6: health conditions and medicines (both may be left empty). */
export function HealthStep() {
  const { form, onSubmit } = useStepForm('health', STEP_SCHEMAS.health, useStepDefaults('health'));
  return (
    <StepShell step={stepNumberOf('health')} onSubmit={onSubmit}>
      <StepQuestions step="health" form={form} />
    </StepShell>
  );
}
