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
import { canonicalJson, fingerprint } from '../../lib/fingerprint';
import { readPersistEnvelope } from '../../lib/persist-envelope';
import {
  fieldOf,
  hasNoneOfThese,
  isRecord,
  QUESTION_STEPS,
  QUESTIONS,
  questionsOfStep,
} from '../../scoring';
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

/** Every step's values so far: one optional entry per step of the question table. */
type DraftStepsShape = { [S in QuestionStep]: z.ZodMiniOptional<StepDraftSchemas[S]> };

function draftStepsShape(): DraftStepsShape {
  const shape: Partial<Record<QuestionStep, z.ZodMiniType>> = {};
  for (const step of QUESTION_STEPS) shape[step] = z.optional(stepDraftSchemas[step]);
  // One optional entry per step, each the step's own draft schema (built just above).
  return shape as unknown as DraftStepsShape;
}

const draftStepsSchema = z.object(draftStepsShape());

/**
 * What the draft keeps (stored format version 2): each step's values so far, and the id of this
 * run through the questionnaire, which names the result it leads to (so that a reload or another
 * tab never saves that result twice, and a result the person chose not to keep stays deleted).
 */
export const draftSchema = z.object({
  steps: draftStepsSchema,
  id: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** The persisted draft. */
export type Draft = z.infer<typeof draftSchema>;
/** Every step's values so far. */
export type DraftSteps = Draft['steps'];
/** One step's values so far, as its form holds them. */
export type StepDraft<K extends StepKey> = NonNullable<DraftSteps[K]>;

/**
 * Brings a stored draft of an older format version up to the current one. Pure: the same input
 * always gives the same output. Anything it cannot map is passed on unchanged, so validation
 * (readDraft) sets it aside rather than dropping it.
 * - Version 1 kept `{ steps }` only. It gets an id derived from its own answers, so two tabs
 *   migrating the same draft agree on it.
 */
export function migrateDraft(state: unknown, version: number): unknown {
  if (version === 1 && isRecord(state) && !('id' in state)) {
    return { ...state, id: `draft-v1-${fingerprint(canonicalJson(state.steps ?? null))}` };
  }
  return state;
}

/**
 * Reads a stored draft's text as far as its envelope: the state and its format version, or null
 * when the text is not JSON, not an envelope, or from a newer LegCheck than `currentVersion`.
 */
export function readDraftEnvelope(
  raw: string,
  currentVersion: number,
): { state: unknown; version: number } | null {
  const read = readPersistEnvelope(raw, currentVersion);
  return read.ok ? { state: read.state, version: read.version } : null;
}

/** A draft (current format) that passes the schema, else null. */
export function readDraft(value: unknown): Draft | null {
  const result = draftSchema.safeParse(value);
  return result.success ? result.data : null;
}
