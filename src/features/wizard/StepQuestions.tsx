// The form fields of a step, drawn from the question table (src/scoring/questions.ts) and the
// words in src/knowledge/answer-labels.ts: no step lists its fields by hand. Each question's kind
// picks its group (radios, checkboxes, yes/no), questions of one group share a fieldset, and a
// question shown only for some answers (pregnancy) appears, and holds its hidden answer, by the
// table's `shownWhen`; one whose answer another answer tells (a vegan's dairy) is not asked and
// holds that answer, by its `knownWhen`.
import type { ReactNode } from 'react';
import { Fragment, useRef } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { FormProvider, useFormContext, useWatch } from 'react-hook-form';
import type { BodyMapOption, BodyRegion } from '../../components/BodyMap';
import type { ChoiceOption } from '../../components/choice';
import { WhyWeAsk } from '../../components/WhyWeAsk';
import {
  ANSWER_LABELS,
  extraOptionWords,
  GROUP_NOT_ASKED,
  GROUP_QUESTIONS,
  knownAnswerWords,
} from '../../knowledge/answer-labels';
import { sourceFor } from '../../knowledge/sources';
import { joinWithAnd } from '../../lib/format';
import type { QuestionGroup, QuestionId, QuestionStep } from '../../scoring';
import {
  dependenciesOf,
  dependentsOf,
  fieldOf,
  isShown,
  knownAnswerOf,
  questionOf,
  questionsOfStep,
} from '../../scoring';
import { fieldText } from './field-text';
import { useInitialValues } from './form';
import type { StepDraft } from './draft-store';
import type { StepKey } from './steps';
import { FormBodyMap, FormCheckboxGroup, FormRadioGroup, FormYesNo } from './fields';

// Short answers that read best side by side; any other question stacks its options.
const ROW_LAYOUT: ReadonlySet<QuestionId> = new Set(['symptoms.legs']);

// The parts of the picture an option of a body-map question stands for (contract v2 BodyArea):
// the four leg areas are drawn; hands or arms and around the mouth are boxes without a picture.
const BODY_REGIONS: ReadonlyMap<string, BodyRegion> = new Map<string, BodyRegion>([
  ['feet', 'feet'],
  ['calves', 'calves'],
  ['shins', 'shins'],
  ['thighs-hips', 'thighs-hips'],
]);

function bodyMapOptions(options: readonly ChoiceOption[]): BodyMapOption[] {
  return options.map((option) => ({ ...option, region: BODY_REGIONS.get(option.value) }));
}

function stopChoice(id: QuestionId): ChoiceOption | undefined {
  const question = questionOf(id);
  if (question.kind !== 'single' || !question.stopOption) return undefined;
  const { value } = question.stopOption;
  return { value, label: value, ...extraOptionWords(id, 'stopOption') };
}

// The current answers of `ids`, keyed by field, watching only those (so other answers do not
// redraw what reads them).
function useWatchedValues(ids: readonly QuestionId[]): Readonly<Record<string, unknown>> {
  const names = ids.map(fieldOf);
  const watched: readonly unknown[] = useWatch({ name: names });
  return Object.fromEntries(names.map((name, index) => [name, watched[index]]));
}

/**
 * Renders its children only while the question is asked: not while the answer it depends on
 * hides it (table: shownWhen) or already tells its answer (table: knownWhen).
 */
function Asked({ id, children }: { id: QuestionId; children: ReactNode }) {
  return isShown(id, useWatchedValues(dependenciesOf(id))) ? children : null;
}

/**
 * Under a group's question, what of it is not asked because another answer already tells it
 * ("Not asked, as your way of eating leaves them out: dairy and eggs"). A polite live region that
 * is always there, so that a screen reader hears why questions went away as they go.
 */
function NotAskedNote({ group, ids }: { group: QuestionGroup; ids: readonly QuestionId[] }) {
  const values = useWatchedValues([...new Set(ids.flatMap(dependenciesOf))]);
  const names = ids.flatMap((id) => {
    const words = knownAnswerWords(id);
    return words && knownAnswerOf(id, values) !== undefined ? [words.listName] : [];
  });
  return (
    <p className="group-note" role="status">
      {names.length > 0 ? GROUP_NOT_ASKED[group](joinWithAnd(names)) : null}
    </p>
  );
}

/** "Why we ask" for one question: its sentence and its sources, from the question's words. */
export function QuestionWhy({ id }: { id: QuestionId }) {
  const { question, why } = ANSWER_LABELS[id];
  return (
    <WhyWeAsk
      question={question}
      text={why.text}
      sources={why.sourceIds.map((sourceId) => sourceFor(sourceId))}
    />
  );
}

function QuestionField({ id, group }: { id: QuestionId; group: QuestionGroup | undefined }) {
  // The step's form, untyped: its fields are named by the table (fieldOf), and its schema is
  // built from the same table, so the names and values match by construction.
  const { control, setValue, getValues, trigger, clearErrors } = useFormContext();
  // The answer before a change: a question hidden by it is reset only when it comes back.
  const previous = useRef<unknown>(getValues(fieldOf(id)));
  // The person's own answers to questions this answer then made known, kept for this visit to
  // the step: changing the way of eating back gives them back rather than an empty question.
  const ownAnswers = useRef(new Map<string, unknown>());
  const question = questionOf(id);
  const name = fieldOf(id);
  const text = fieldText(id);
  const more = <QuestionWhy id={id} />;
  switch (question.kind) {
    case 'yes-no':
      return <FormYesNo control={control} name={name} {...text} more={more} />;
    case 'multiple':
      return question.presentation === 'body-map' ? (
        <FormBodyMap
          control={control}
          name={name}
          {...text}
          options={bodyMapOptions(text.options)}
          more={more}
        />
      ) : (
        <FormCheckboxGroup control={control} name={name} {...text} more={more} />
      );
    case 'single': {
      const stop = stopChoice(id);
      const dependents = dependentsOf(id);
      const onValueChange = (next: string) => {
        // Show the schema's own message for a stop option at once, and clear it on a change back.
        if (stop) void trigger(name);
        const before = previous.current;
        previous.current = next;
        for (const dependent of dependents) {
          const dependentName = fieldOf(dependent);
          const knownNow = knownAnswerOf(dependent, { [name]: next });
          const knownBefore = knownAnswerOf(dependent, { [name]: before });
          if (knownNow !== undefined) {
            // Not asked any more: keep the person's own answer aside, and hold the known one.
            // Its message, if a Next had shown one, no longer applies.
            if (knownBefore === undefined)
              ownAnswers.current.set(dependentName, getValues(dependentName));
            setValue(dependentName, knownNow);
            clearErrors(dependentName);
          } else if (knownBefore !== undefined) {
            // Asked again: the person's own earlier answer if this visit had one, else unanswered
            // (the held value was never theirs).
            setValue(dependentName, ownAnswers.current.get(dependentName));
            ownAnswers.current.delete(dependentName);
          }
          const when = questionOf(dependent).shownWhen;
          if (!when) continue;
          // A question not asked holds its hidden answer; asked again, it starts unanswered.
          if (next === when.not) setValue(dependentName, when.hidden);
          else if (before === when.not && getValues(dependentName) === when.hidden) {
            setValue(dependentName, undefined);
          }
        }
      };
      return (
        <FormRadioGroup
          control={control}
          name={name}
          {...text}
          more={more}
          options={stop ? [stop, ...text.options] : text.options}
          layout={group !== undefined || ROW_LAYOUT.has(id) ? 'row' : 'stack'}
          {...(group !== undefined ? { className: 'food-grid__row' } : {})}
          {...(stop || dependents.length > 0 ? { onValueChange } : {})}
        />
      );
    }
  }
}

/**
 * Every question of `step`, in the table's order. `after` puts something right after a question
 * (the "adults only" notice after age).
 */
export function StepQuestions<T extends FieldValues, TOut>({
  step,
  form,
  after = {},
}: {
  step: QuestionStep;
  form: UseFormReturn<T, unknown, TOut>;
  after?: Partial<Record<QuestionId, ReactNode>>;
}) {
  // Consecutive questions of one group share a fieldset under the group's question.
  const runs: Array<{ group: QuestionGroup | undefined; ids: QuestionId[] }> = [];
  for (const id of questionsOfStep(step)) {
    const { group } = questionOf(id);
    const last = runs.at(-1);
    if (group !== undefined && last?.group === group) last.ids.push(id);
    else runs.push({ group, ids: [id] });
  }
  const question = (id: QuestionId, group: QuestionGroup | undefined) => {
    const field = <QuestionField id={id} group={group} />;
    return (
      <Fragment key={id}>
        {dependenciesOf(id).length > 0 ? <Asked id={id}>{field}</Asked> : field}
        {after[id]}
      </Fragment>
    );
  };
  return (
    <FormProvider {...form}>
      {runs.map(({ group, ids }) =>
        group === undefined ? (
          ids.map((id) => question(id, undefined))
        ) : (
          <fieldset key={group} className="food-grid">
            <legend className="choice-group__legend">{GROUP_QUESTIONS[group]}</legend>
            {ids.some((id) => questionOf(id).knownWhen) ? (
              <NotAskedNote group={group} ids={ids} />
            ) : null}
            {ids.map((id) => question(id, group))}
          </fieldset>
        ),
      )}
    </FormProvider>
  );
}

/** A step's empty values: every multiple choice starts as an empty list, nothing else is set. */
export function emptyDraft(step: QuestionStep): Readonly<Record<string, never[]>> {
  const empty: Record<string, never[]> = {};
  for (const id of questionsOfStep(step)) {
    if (questionOf(id).kind === 'multiple') empty[fieldOf(id)] = [];
  }
  return empty;
}

/**
 * A step's starting values: its empty values overlaid with the draft, and each question not
 * asked holding its hidden or known answer (a draft kept while sex was male still says not
 * pregnant; a vegan's draft from before the diet step skipped dairy holds 'rarely' for it).
 */
export function useStepDefaults<K extends StepKey>(step: K): DefaultValues<StepDraft<K>> {
  const initial = useInitialValues(step, emptyDraft(step));
  const values: Readonly<Record<string, unknown>> = initial;
  const hidden: Record<string, boolean | string> = {};
  for (const id of questionsOfStep(step)) {
    const when = questionOf(id).shownWhen;
    if (when && values[fieldOf(when.question)] === when.not) hidden[fieldOf(id)] = when.hidden;
    const known = knownAnswerOf(id, values);
    if (known !== undefined) hidden[fieldOf(id)] = known;
  }
  // A step's draft is already its form's default values; TypeScript cannot see that through a
  // generic step key (react-hook-form's DefaultValues is a deep partial of the same type).
  return { ...initial, ...hidden } as DefaultValues<StepDraft<K>>;
}
