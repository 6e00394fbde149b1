import { STEP_SCHEMAS } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 2: what the legs feel like, one leg or both, and how bad. */
export function SymptomsStep() {
  const { form, onSubmit } = useStepForm(
    'symptoms',
    STEP_SCHEMAS.symptoms,
    useStepDefaults('symptoms'),
  );
  return (
    <StepShell step={stepNumberOf('symptoms')} onSubmit={onSubmit}>
      <StepQuestions step="symptoms" form={form} />
    </StepShell>
  );
}
