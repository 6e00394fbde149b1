import { lifestyleSchema } from '../../scoring';
import { fieldText } from './field-text';
import { FormCheckboxGroup, FormRadioGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';

/** Step 5: sun, sweating and the supplements already taken. */
export function LifestyleStep() {
  const initial = useInitialValues('lifestyle', { supplements: [] });
  const { form, onSubmit } = useStepForm('lifestyle', lifestyleSchema, initial);
  const { control } = form;
  return (
    <StepShell step={5} onSubmit={onSubmit}>
      <FormRadioGroup control={control} name="sun" {...fieldText('lifestyle.sun')} />
      <FormRadioGroup control={control} name="sweating" {...fieldText('lifestyle.sweating')} />
      <FormCheckboxGroup
        control={control}
        name="supplements"
        {...fieldText('lifestyle.supplements')}
      />
    </StepShell>
  );
}
