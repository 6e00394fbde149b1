// The schemas derived from the question table (../questions.ts): one per question, one per answers
// section, one per wizard step. Nothing here names a question: a new question in the table is
// validated everywhere at once.
import { z } from 'zod/mini';
import type {
  FieldOf,
  NoneOfTheseId,
  Question,
  QuestionAnswer,
  QuestionId,
  Questions,
  QuestionStep,
  StepQuestionId,
} from '../questions';
import { fieldOf, hasNoneOfThese, QUESTIONS, questionsOfStep } from '../questions';
import { choice, choices } from './fields';

type RequiredSchema<Id extends QuestionId> = z.ZodMiniType<QuestionAnswer<Id>, QuestionAnswer<Id>>;

/** The schema of one question's answer (an optional question's answer may be missing). */
export type QuestionSchema<Id extends QuestionId> = Questions[Id] extends { optional: true }
  ? z.ZodMiniOptional<RequiredSchema<Id>>
  : RequiredSchema<Id>;

type ShapeOf<Ids extends QuestionId> = { [Id in Ids as FieldOf<Id>]: QuestionSchema<Id> };

// A step with a "None of these" question also holds the tick itself.
type NoneOfTheseShape<S extends QuestionStep> = [NoneOfTheseId<S>] extends [never]
  ? Record<never, never>
  : { noneOfThese: z.ZodMiniBoolean<boolean> };

/** The schema of a step's form: one field per question of the step (and its "None of these"). */
export type StepSchema<S extends QuestionStep> = z.ZodMiniObject<
  ShapeOf<StepQuestionId<S>> & NoneOfTheseShape<S>,
  z.core.$strict
>;

/** The ids of the questions whose answers sit in `section` of the answers. */
export type SectionQuestionId<S extends string> = Extract<QuestionId, `${S}.${string}`>;

/** The schema of one answers section (e.g. `diet`). */
export type SectionSchema<S extends string> = z.ZodMiniObject<
  ShapeOf<SectionQuestionId<S>>,
  z.core.$strict
>;

function questionSchema(question: Question): z.ZodMiniType {
  const schema = requiredSchema(question);
  return question.optional ? z.optional(schema) : schema;
}

function requiredSchema(question: Question): z.ZodMiniType {
  switch (question.kind) {
    case 'yes-no':
      return z.boolean({ error: question.message });
    case 'multiple':
      return choices(
        question.options,
        question.message,
        question.atLeastOne ? { atLeastOne: question.atLeastOne } : {},
      );
    case 'single': {
      const { stopOption, message } = question;
      if (!stopOption) return choice(question.options, message);
      return z.enum(question.options, {
        error: (issue) => (issue.input === stopOption.value ? stopOption.message : message),
      });
    }
  }
}

/** The schema of one question's answer, from the table. */
export function schemaOfQuestion<Id extends QuestionId>(id: Id): QuestionSchema<Id> {
  // Built from the table entry of `id`, so its output is that question's answer.
  return questionSchema(QUESTIONS[id]) as QuestionSchema<Id>;
}

type Values = Readonly<Record<string, unknown>>;
type Rule = (values: Values, ctx: z.core.$RefinementCtx<Values>) => void;

// The cross-field rules the table implies: a question not asked holds its `hidden` answer, and
// a "None of these" question has either a tick or an answer, never both.
function rulesOf(ids: readonly QuestionId[], withNoneOfThese: boolean): Rule[] {
  const rules: Rule[] = [];
  for (const id of ids) {
    const question: Question = QUESTIONS[id];
    const field = fieldOf(id);
    const when = question.shownWhen;
    if (when) {
      const dependsOn = when.question.slice(when.question.indexOf('.') + 1);
      rules.push((values, ctx) => {
        if (values[dependsOn] === when.not && values[field] !== when.hidden) {
          ctx.addIssue({ code: 'custom', path: [field], message: when.message });
        }
      });
    }
    const none = question.kind === 'multiple' ? question.noneOfThese : undefined;
    if (none && withNoneOfThese) {
      rules.push((values, ctx) => {
        const list = values[field];
        const chosen = Array.isArray(list) && list.length > 0;
        if (!chosen && values.noneOfThese !== true) {
          ctx.addIssue({ code: 'custom', path: [field], message: none.message });
        }
        if (chosen && values.noneOfThese === true) {
          ctx.addIssue({ code: 'custom', path: ['noneOfThese'], message: none.conflict });
        }
      });
    }
  }
  return rules;
}

function objectOf(ids: readonly QuestionId[], withNoneOfThese: boolean) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const id of ids) shape[fieldOf(id)] = questionSchema(QUESTIONS[id]);
  if (withNoneOfThese && ids.some(hasNoneOfThese)) shape.noneOfThese = z.boolean();
  const object = z.strictObject(shape);
  const rules = rulesOf(ids, withNoneOfThese);
  if (rules.length === 0) return object;
  return object.check(
    z.superRefine((values, ctx) => {
      for (const rule of rules) rule(values, ctx);
    }),
  );
}

/** The schema of a step's form, from the table. */
export function schemaOfStep<S extends QuestionStep>(step: S): StepSchema<S> {
  // The shape holds exactly the step's questions (and "None of these"), as StepSchema says.
  return objectOf(questionsOfStep(step), true) as unknown as StepSchema<S>;
}

/** The schema of one answers section (its questions' answers, without form-only ticks). */
export function schemaOfSection<S extends string>(section: S): SectionSchema<S> {
  const ids = Object.keys(QUESTIONS).filter((id): id is SectionQuestionId<S> =>
    id.startsWith(`${section}.`),
  );
  // The shape holds exactly the section's questions, as SectionSchema says.
  return objectOf(ids, false) as unknown as SectionSchema<S>;
}
