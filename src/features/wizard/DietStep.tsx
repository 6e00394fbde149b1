import { STEP_SCHEMAS } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 4: way of eating, how often each food group is eaten, drinks and alcohol. */
export function DietStep() {
  const { form, onSubmit } = useStepForm('diet', STEP_SCHEMAS.diet, useStepDefaults('diet'));
  return (
    <StepShell step={stepNumberOf('diet')} onSubmit={onSubmit}>
      <StepQuestions step="diet" form={form} />
    </StepShell>
  );
}
