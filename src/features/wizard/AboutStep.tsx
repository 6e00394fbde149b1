import { useWatch } from 'react-hook-form';
import { Notice } from '../../components/Notice';
import { UNDER_18_OPTION } from '../../knowledge/answer-labels';
import { aboutSchema, UNDER_18 } from '../../scoring';
import { fieldText } from './field-text';
import { FormRadioGroup, FormYesNo } from './fields';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

const age = fieldText('about.ageBand');
const ageOptions = [{ value: UNDER_18, ...UNDER_18_OPTION }, ...age.options];

/** Step 1: age group, sex and, unless male, pregnancy. Under 18 stops here. */
export function AboutStep() {
  const initial = useInitialValues('about', {});
  // Pregnancy is not asked of men; a draft kept between the two changes still says false.
  const defaults = initial.sex === 'male' ? { ...initial, pregnant: false } : initial;
  const { form, onSubmit } = useStepForm('about', aboutSchema, defaults);
  const { control, setValue, getValues, trigger } = form;
  const [ageBand, sex] = useWatch({ control, name: ['ageBand', 'sex'] });

  return (
    <StepShell step={stepNumberOf('about')} onSubmit={onSubmit}>
      <FormRadioGroup
        control={control}
        name="ageBand"
        legend={age.legend}
        hint={age.hint}
        options={ageOptions}
        // Show the schema's own "adults only" message at once, and clear it on a change back.
        onValueChange={() => void trigger('ageBand')}
      />
      {ageBand === UNDER_18 ? (
        <Notice tone="warning" title="LegCheck is for adults">
          <p>
            These questions and suggestions are written for people aged 18 and over. Please talk to
            a parent or carer, or see a doctor, about your legs.
          </p>
          <p>
            Severe pain or any warning sign such as a swollen, hot or cold leg: call your local
            emergency number now.
          </p>
        </Notice>
      ) : null}
      <FormRadioGroup
        control={control}
        name="sex"
        {...fieldText('about.sex')}
        onValueChange={(next) => {
          // Pregnancy is asked only when sex is not male; it is false when it is not asked.
          if (next === 'male') setValue('pregnant', false);
          else if (getValues('pregnant') === false && sex === 'male') {
            setValue('pregnant', undefined);
          }
        }}
      />
      {sex !== undefined && sex !== 'male' ? (
        <FormYesNo control={control} name="pregnant" {...fieldText('about.pregnant')} />
      ) : null}
    </StepShell>
  );
}
