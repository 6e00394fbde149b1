import { lifestyleSchema } from '../../scoring';
import { fieldText } from './field-text';
import { FormCheckboxGroup, FormRadioGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 5: sun, sweating and the supplements already taken. */
export function LifestyleStep() {
  const initial = useInitialValues('lifestyle', { supplements: [] });
  const { form, onSubmit } = useStepForm('lifestyle', lifestyleSchema, initial);
  const { control } = form;
  return (
    <StepShell step={stepNumberOf('lifestyle')} onSubmit={onSubmit}>
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
