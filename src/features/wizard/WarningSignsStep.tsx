import { useController, useWatch } from 'react-hook-form';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Notice } from '../../components/Notice';
import { labelFor, NONE_OF_THESE_OPTION, RED_FLAGS_FIELD } from '../../knowledge/answer-labels';
import { TRIAGE_ADVICE } from '../../knowledge/triage-advice';
import type { RedFlagId } from '../../scoring';
import { isRedFlagId, redFlagLevel, STEP_SCHEMAS } from '../../scoring';
import { useFirstIncompleteStep } from './draft-progress';
import { useDraftSaveProblem, useStepDraft } from './draft-store';
import { fieldText } from './field-text';
import { useInitialValues, useStepForm } from './form';
import { StepShell } from './StepShell';
import { QuestionWhy } from './StepQuestions';
import { earlierGap, stepNumberOf } from './steps';

const NONE = 'none-of-these';
const signs = fieldText(RED_FLAGS_FIELD);

// Next to a ticked sign, so the urgency is seen where the person is looking; the full advice
// follows the list in a live region. Both come from the knowledge base, so this step and the
// results say the same thing.
const LEVEL_NOTE = {
  emergency: `Emergency: ${lowerFirst(TRIAGE_ADVICE.emergency.action)}`,
  urgent: `Urgent: ${lowerFirst(TRIAGE_ADVICE.urgent.action)}`,
} as const;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The level each ticked sign calls for with the answers so far (scoring's rule: a long cramp with
 * an injury, a swollen leg or severe pain is an emergency).
 */
function useLevelOf(flags: readonly RedFlagId[]) {
  const severity = useStepDraft('symptoms')?.severity;
  return (flag: RedFlagId) => redFlagLevel(flag, { redFlags: flags, symptoms: { severity } });
}

/** What to do now for the ticked signs: the most urgent level among them leads. */
function ActNow({ flags }: { flags: readonly RedFlagId[] }) {
  const levelOf = useLevelOf(flags);
  if (flags.length === 0) return null;
  // Every ticked sign is listed, whichever level leads.
  const level = flags.some((flag) => levelOf(flag) === 'emergency') ? 'emergency' : 'urgent';
  const advice = TRIAGE_ADVICE[level];
  return (
    <Notice tone={level === 'emergency' ? 'danger' : 'warning'} title={advice.action}>
      <p>{advice.detail}</p>
      {level === 'emergency' ? (
        <p>The number is for example 999, 911 or 112. You can finish these questions later.</p>
      ) : null}
      <SignList flags={flags} />
      <StopOrGoOn />
    </Notice>
  );
}

/**
 * The warning signs come early (step 3), so a person who ticks one has the rest of the
 * questionnaire still ahead: say plainly that stopping here is fine and nothing is lost.
 */
function StopOrGoOn() {
  // Only promise that answers are kept when the last write of them worked.
  const saved = useDraftSaveProblem() === null;
  return (
    <p>
      You can stop here: this is what matters now.{' '}
      {saved ? 'Your answers are kept on this device. ' : ''}Later, if you like, go on with the
      other questions, for ideas about food and nutrients.
    </p>
  );
}

function SignList({ flags }: { flags: readonly RedFlagId[] }) {
  return (
    <>
      <p>Because you ticked:</p>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{labelFor(RED_FLAGS_FIELD, flag)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Step 3, right after the symptoms: the warning signs and an exclusive "None of these", so the step is never
 * passed silently. A ticked sign shows what to do now, before any result.
 */
export function WarningSignsStep() {
  const initial = useInitialValues('warningSigns', { redFlags: [], noneOfThese: false });
  const { form, onSubmit } = useStepForm('warningSigns', STEP_SCHEMAS.warningSigns, initial);
  const { control } = form;
  const flagsField = useController({ control, name: 'redFlags' });
  const noneField = useController({ control, name: 'noneOfThese' });
  const flags = useWatch({ control, name: 'redFlags' }) ?? [];
  const levelOf = useLevelOf(flags);
  const gap = earlierGap('warningSigns', useFirstIncompleteStep());
  const error =
    flagsField.fieldState.error?.message ?? noneField.fieldState.error?.message ?? undefined;

  return (
    <StepShell
      step={stepNumberOf('warningSigns')}
      onSubmit={onSubmit}
      nextLabel={gap === null ? undefined : `Save and go to step ${gap}`}
    >
      {gap !== null ? (
        <Notice title="Some earlier questions are not answered yet">
          <p>
            You can check the warning signs at any time. Your results come once every step is
            answered.
          </p>
        </Notice>
      ) : null}
      <CheckboxGroup
        legend={signs.legend}
        hint={signs.hint}
        more={<QuestionWhy id={RED_FLAGS_FIELD} />}
        options={signs.options}
        exclusiveOption={{ value: NONE, ...NONE_OF_THESE_OPTION }}
        value={noneField.field.value ? [NONE] : flags}
        onChange={(next) => {
          const none = next.includes(NONE);
          flagsField.field.onChange(none ? [] : next.filter(isRedFlagId));
          noneField.field.onChange(none);
        }}
        onBlur={flagsField.field.onBlur}
        error={error}
        inputRef={flagsField.field.ref}
        checkedNote={(value) => (isRedFlagId(value) ? LEVEL_NOTE[levelOf(value)] : undefined)}
      />
      <div role="alert" className="act-now">
        <ActNow flags={flags} />
      </div>
    </StepShell>
  );
}
