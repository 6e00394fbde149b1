// The form fields of a step, drawn from the question table (src/scoring/questions.ts) and the
// words in src/knowledge/answer-labels.ts: no step lists its fields by hand. Each question's kind
// picks its group (radios, checkboxes, yes/no), questions of one group share a fieldset, and a
// question shown only for some answers (pregnancy) appears, and holds its hidden answer, by the
// table's `shownWhen`.
import type { ReactNode } from 'react';
import { Fragment, useRef } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { FormProvider, useFormContext, useWatch } from 'react-hook-form';
import type { BodyMapOption, BodyRegion } from '../../components/BodyMap';
import type { ChoiceOption } from '../../components/choice';
import { WhyWeAsk } from '../../components/WhyWeAsk';
import { ANSWER_LABELS, extraOptionWords, GROUP_QUESTIONS } from '../../knowledge/answer-labels';
import { sourceFor } from '../../knowledge/sources';
import type {
  QuestionGroup,
  QuestionId,
  QuestionStep,
  ShownWhen as ShownWhenRule,
} from '../../scoring';
import { fieldOf, QUESTION_IDS, questionOf, questionsOfStep } from '../../scoring';
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

// The questions that are shown only for some answers of `id`, by the table.
function dependentsOf(id: QuestionId): QuestionId[] {
  return QUESTION_IDS.filter((other) => questionOf(other).shownWhen?.question === id);
}

function stopChoice(id: QuestionId): ChoiceOption | undefined {
  const question = questionOf(id);
  if (question.kind !== 'single' || !question.stopOption) return undefined;
  const { value } = question.stopOption;
  return { value, label: value, ...extraOptionWords(id, 'stopOption') };
}

/** Renders its children only while the question `id` depends on allows it (table: shownWhen). */
function ShownWhen({ when, children }: { when: ShownWhenRule; children: ReactNode }) {
  // Watches only the one answer it depends on, so other answers do not redraw it.
  const value: unknown = useWatch({ name: fieldOf(when.question) });
  return value !== undefined && value !== when.not ? children : null;
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
  const { control, setValue, getValues, trigger } = useFormContext();
  // The answer before a change: a question hidden by it is reset only when it comes back.
  const previous = useRef<unknown>(getValues(fieldOf(id)));
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
          const when = questionOf(dependent).shownWhen;
          if (!when) continue;
          const dependentName = fieldOf(dependent);
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
    const when = questionOf(id).shownWhen;
    const field = <QuestionField id={id} group={group} />;
    return (
      <Fragment key={id}>
        {when ? <ShownWhen when={when}>{field}</ShownWhen> : field}
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
 * asked holding its hidden answer (a draft kept while sex was male still says not pregnant).
 */
export function useStepDefaults<K extends StepKey>(step: K): DefaultValues<StepDraft<K>> {
  const initial = useInitialValues(step, emptyDraft(step));
  const values = new Map<string, unknown>(Object.entries(initial));
  const hidden: Record<string, boolean> = {};
  for (const id of questionsOfStep(step)) {
    const when = questionOf(id).shownWhen;
    if (when && values.get(fieldOf(when.question)) === when.not) hidden[fieldOf(id)] = when.hidden;
  }
  // A step's draft is already its form's default values; TypeScript cannot see that through a
  // generic step key (react-hook-form's DefaultValues is a deep partial of the same type).
  return { ...initial, ...hidden } as DefaultValues<StepDraft<K>>;
}
