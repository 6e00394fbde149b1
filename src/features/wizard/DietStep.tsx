import { FOOD_GROUPS_QUESTION } from '../../knowledge/answer-labels';
import { dietSchema, FOOD_GROUPS } from '../../scoring';
import { fieldText } from './field-text';
import { FormRadioGroup } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

/** Step 4: way of eating, how often each food group is eaten, drinks and alcohol. */
export function DietStep() {
  const initial = useInitialValues('diet', {});
  const { form, onSubmit } = useStepForm('diet', dietSchema, initial);
  const { control } = form;
  return (
    <StepShell step={stepNumberOf('diet')} onSubmit={onSubmit}>
      <FormRadioGroup control={control} name="pattern" {...fieldText('diet.pattern')} />
      <fieldset className="food-grid">
        <legend className="choice-group__legend">{FOOD_GROUPS_QUESTION}</legend>
        {FOOD_GROUPS.map((group) => {
          const text = fieldText(`diet.${group}`);
          return (
            <FormRadioGroup
              key={group}
              control={control}
              name={group}
              layout="row"
              className="food-grid__row"
              {...text}
            />
          );
        })}
      </fieldset>
      <FormRadioGroup control={control} name="water" {...fieldText('diet.water')} />
      <FormRadioGroup control={control} name="alcohol" {...fieldText('diet.alcohol')} />
    </StepShell>
  );
}
