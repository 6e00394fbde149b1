// A wizard step that is its questions from the table and nothing else (most steps are): a new
// step of that kind needs no component of its own.
import { useStepForm } from './form';
import { stepSchemaOf } from './step-schemas';
import { StepQuestions, useStepDefaults } from './StepQuestions';
import { StepShell } from './StepShell';
import type { StepKey } from './steps';
import { stepNumberOf } from './steps';

/** A step that is its questions from the table and nothing else. */
export function QuestionsStep<K extends StepKey>({ step }: { step: K }) {
  const { form, onSubmit } = useStepForm(step, stepSchemaOf(step), useStepDefaults(step));
  return (
    <StepShell step={stepNumberOf(step)} onSubmit={onSubmit}>
      <StepQuestions step={step} form={form} />
    </StepShell>
  );
}
