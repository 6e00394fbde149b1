// What a stored draft may hold, checked with zod when the draft is read back from storage.
// Loaded only when there is a stored draft to check (draft-store.ts imports it on demand), so a
// first visit's start page never loads zod.
import { z } from 'zod/mini';
import type {
  FieldOf,
  NoneOfTheseId,
  Question,
  QuestionId,
  Questions,
  QuestionStep,
  QuestionValue,
  StepQuestionId,
} from '../../scoring';
import { fieldOf, hasNoneOfThese, QUESTION_STEPS, QUESTIONS, questionsOfStep } from '../../scoring';
import type { StepKey } from './steps';

// A step's values while someone is still answering: every field may be missing, lists may be
// empty, and a single choice may hold its stop option ("under 18"). The finished shape is the
// scoring schema's alone. Both are derived from the question table (src/scoring/questions.ts).
type StopValue<Q> = Q extends { stopOption: { value: infer V extends string } } ? V : never;
type DraftValue<Id extends QuestionId> = Questions[Id] extends { kind: 'yes-no' }
  ? boolean
  : Questions[Id] extends { kind: 'multiple' }
    ? QuestionValue<Id>[]
    : QuestionValue<Id> | StopValue<Questions[Id]>;
type Optional<T> = z.ZodMiniOptional<z.ZodMiniType<T, T>>;
type StepDraftShape<S extends QuestionStep> = {
  [Id in StepQuestionId<S> as FieldOf<Id>]: Optional<DraftValue<Id>>;
} & ([NoneOfTheseId<S>] extends [never]
  ? Record<never, never>
  : { noneOfThese: Optional<boolean> });
type StepDraftSchemas = { [S in QuestionStep]: z.ZodMiniObject<StepDraftShape<S>> };

function draftField(question: Question): z.ZodMiniType {
  switch (question.kind) {
    case 'yes-no':
      return z.optional(z.boolean());
    case 'multiple':
      return z.optional(z.array(z.enum(question.options)));
    case 'single':
      return z.optional(
        z.enum(
          question.stopOption ? [...question.options, question.stopOption.value] : question.options,
        ),
      );
  }
}

function draftSchemas(): StepDraftSchemas {
  const schemas: Partial<Record<QuestionStep, z.ZodMiniType>> = {};
  for (const step of QUESTION_STEPS) {
    const shape: Record<string, z.ZodMiniType> = {};
    const ids = questionsOfStep(step);
    for (const id of ids) shape[fieldOf(id)] = draftField(QUESTIONS[id]);
    if (ids.some(hasNoneOfThese)) shape.noneOfThese = z.optional(z.boolean());
    schemas[step] = z.object(shape);
  }
  // One schema per step, each with exactly the step's questions (and "None of these").
  return schemas as unknown as StepDraftSchemas;
}

const stepDraftSchemas = draftSchemas();

/** What the draft keeps: each step's values so far. */
export const draftSchema = z.object({
  steps: z.object({
    about: z.optional(stepDraftSchemas.about),
    symptoms: z.optional(stepDraftSchemas.symptoms),
    timing: z.optional(stepDraftSchemas.timing),
    diet: z.optional(stepDraftSchemas.diet),
    lifestyle: z.optional(stepDraftSchemas.lifestyle),
    health: z.optional(stepDraftSchemas.health),
    warningSigns: z.optional(stepDraftSchemas.warningSigns),
  }),
});

/** The persisted draft. */
export type Draft = z.infer<typeof draftSchema>;
/** Every step's values so far. */
export type DraftSteps = Draft['steps'];
/** One step's values so far, as its form holds them. */
export type StepDraft<K extends StepKey> = NonNullable<DraftSteps[K]>;

/**
 * Reads a stored draft (zustand's persisted shape: `{ state, version }`): its steps when the
 * text is JSON of that shape at `version`, else null.
 */
export function parseStoredDraft(raw: string, version: number): DraftSteps | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = z.object({ state: draftSchema, version: z.literal(version) }).safeParse(parsed);
  return result.success ? result.data.state.steps : null;
}

/** The steps of a draft that passes the schema, else null. */
export function readDraftSteps(value: unknown): DraftSteps | null {
  const result = draftSchema.safeParse(value);
  return result.success ? result.data.steps : null;
}
