import { symptomsSchema } from '../../scoring';
import { fieldText } from './field-text';
import { FormCheckboxGroup, FormRadioGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 2: what the legs feel like, one leg or both, and how bad. */
export function SymptomsStep() {
  const initial = useInitialValues('symptoms', { kinds: [] });
  const { form, onSubmit } = useStepForm('symptoms', symptomsSchema, initial);
  const { control } = form;
  return (
    <StepShell step={stepNumberOf('symptoms')} onSubmit={onSubmit}>
      <FormCheckboxGroup control={control} name="kinds" {...fieldText('symptoms.kinds')} />
      <FormRadioGroup control={control} name="legs" layout="row" {...fieldText('symptoms.legs')} />
      <FormRadioGroup control={control} name="severity" {...fieldText('symptoms.severity')} />
    </StepShell>
  );
}
