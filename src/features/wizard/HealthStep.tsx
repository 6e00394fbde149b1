import { healthSchema } from '../../scoring';
import { fieldText } from './field-text';
import { FormCheckboxGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 6: health conditions and medicines (both may be left empty). */
export function HealthStep() {
  const initial = useInitialValues('health', { conditions: [], medications: [] });
  const { form, onSubmit } = useStepForm('health', healthSchema, initial);
  const { control } = form;
  return (
    <StepShell step={stepNumberOf('health')} onSubmit={onSubmit}>
      <FormCheckboxGroup control={control} name="conditions" {...fieldText('health.conditions')} />
      <FormCheckboxGroup
        control={control}
        name="medications"
        {...fieldText('health.medications')}
      />
    </StepShell>
  );
}
