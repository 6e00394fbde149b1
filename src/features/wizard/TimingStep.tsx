import { timingSchema } from '../../scoring';
import { fieldText } from './field-text';
import { FormCheckboxGroup, FormRadioGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 3: when it comes on, for how long, and how it started. */
export function TimingStep() {
  const initial = useInitialValues('timing', { when: [] });
  const { form, onSubmit } = useStepForm('timing', timingSchema, initial);
  const { control } = form;
  return (
    <StepShell step={stepNumberOf('timing')} onSubmit={onSubmit}>
      <FormCheckboxGroup control={control} name="when" {...fieldText('timing.when')} />
      <FormRadioGroup control={control} name="duration" {...fieldText('timing.duration')} />
      <FormRadioGroup control={control} name="onset" {...fieldText('timing.onset')} />
    </StepShell>
  );
}
