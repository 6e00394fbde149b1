import { useWatch } from 'react-hook-form';
import { Notice } from '../../components/Notice';
import { STEP_SCHEMAS, UNDER_18 } from '../../scoring';
import { useStepForm } from './form';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import { stepNumberOf } from './steps';

// Inside the step's questions, so it reads the step's form from context.
function AdultsOnlyNotice() {
  const ageBand: unknown = useWatch({ name: 'ageBand' });
  if (ageBand !== UNDER_18) return null;
  return (
    <Notice tone="warning" title="LegCheck is for adults">
      <p>
        These questions and suggestions are written for people aged 18 and over. Please talk to a
        parent or carer, or see a doctor, about your legs.
      </p>
      <p>
        Severe pain or any warning sign such as a swollen, hot or cold leg: call your local
        emergency number now.
      </p>
    </Notice>
  );
}

/** Step 1: age group, sex and, unless male, pregnancy. Under 18 stops here. */
export function AboutStep() {
  const { form, onSubmit } = useStepForm('about', STEP_SCHEMAS.about, useStepDefaults('about'));
  return (
    <StepShell step={stepNumberOf('about')} onSubmit={onSubmit}>
      <StepQuestions step="about" form={form} after={{ 'about.ageBand': <AdultsOnlyNotice /> }} />
    </StepShell>
  );
}
