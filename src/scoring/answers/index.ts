import { z } from 'zod/mini';
import { en } from 'zod/locales';
import type { QuestionId, QuestionStep, SectionOf } from '../questions';
import { QUESTION_IDS, QUESTION_STEPS, sectionOf } from '../questions';
import type { QuestionSchema, SectionSchema, StepSchema } from './questions';
import { schemaOfQuestion, schemaOfSection, schemaOfStep } from './questions';

// zod/mini carries no messages of its own: English ones for the few issues no schema words
// itself (an unknown key, a wrong type), so that describeIssues always says what is wrong.
z.config(en());

/** A section of the answers ('about' ... 'health'): the first part of its questions' ids. */
export type AnswerSection = SectionOf<QuestionId>;

type TopLevelId = Exclude<QuestionId, `${string}.${string}`>;

type AnswersShape = { [S in AnswerSection]: SectionSchema<S> } & {
  [Id in TopLevelId]: QuestionSchema<Id>;
};

function answersShape(): AnswersShape {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const id of QUESTION_IDS) {
    const section = sectionOf(id);
    if (section === undefined) shape[id] = schemaOfQuestion(id);
    else shape[section] ??= schemaOfSection(section);
  }
  // One entry per section and per top-level question of the table, in its order, as the type says.
  return shape as unknown as AnswersShape;
}

/** The whole questionnaire, exactly the spec's Answers: derived from the question table. */
export const answersSchema = z.strictObject(answersShape());

/** Parsed, valid answers: the only input `assess` accepts. */
export type Answers = z.infer<typeof answersSchema>;

type StepSchemas = { readonly [S in QuestionStep]: StepSchema<S> };

function stepSchemas(): StepSchemas {
  const schemas: Partial<Record<QuestionStep, z.ZodMiniType>> = {};
  for (const step of QUESTION_STEPS) schemas[step] = schemaOfStep(step);
  // One schema per step of the table, each built for that step, as the type says.
  return schemas as unknown as StepSchemas;
}

/** Each wizard step's schema, as its form holds it (the warning-signs step adds "None of these"). */
export const STEP_SCHEMAS = stepSchemas();

/** One line per problem, each naming the field, e.g. `about.ageBand: Choose your age group`. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
