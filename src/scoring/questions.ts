// The questionnaire, described once (../shared/spec/questionnaire.md): each question's id (its
// dotted answer path), its step, its kind, its options, when it is shown and the messages of its
// rules. The answers schema, the step schemas, the answer types, the draft's shape, the wizard's
// forms and the answers summary are all derived from this table; the words people read are in
// src/knowledge/answer-labels.ts, typed against it. See docs/decisions/007.
//
// Plain data and types: no zod and no words. The start page loads only the list of steps
// (question-steps.ts), not this table.
import {
  AGE_BANDS,
  ALCOHOL_USES,
  BODY_AREAS,
  CONDITION_IDS,
  DIET_PATTERNS,
  DURATIONS,
  FREQUENCIES,
  LEG_SIDES,
  MEDICATION_IDS,
  ONSETS,
  RED_FLAG_IDS,
  SEVERITIES,
  SEXES,
  SUN_EXPOSURES,
  SUPPLEMENT_IDS,
  SWEATING_LEVELS,
  SYMPTOM_KINDS,
  TIMING_PATTERNS,
  UNDER_18,
  WATER_INTAKES,
} from './ids';
import type { DietPattern } from './ids';
import type { QuestionStep } from './question-steps';

export { QUESTION_STEPS } from './question-steps';
export type { QuestionStep } from './question-steps';

/** Questions asked together under one shared question (the diet step's grid of food groups). */
export const QUESTION_GROUPS = ['foods'] as const;

/** One group of questions asked together. */
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

/** The two answers of a yes/no question, as the strings reasons and labels use. */
export const YES_NO = ['true', 'false'] as const;

type Options = readonly [string, ...string[]];

/** When a question is asked: only while another question of its step is not `not`. */
export interface ShownWhen {
  /** The id of the question it depends on (same step). */
  readonly question: string;
  readonly not: string;
  /** The answer it holds while it is not asked. */
  readonly hidden: boolean;
  /** The message when it holds anything else while it is not asked. */
  readonly message: string;
}

/**
 * When another answer of the same step already tells this question's answer (a vegan eats no
 * dairy): the wizard does not ask it, and it holds `value`. Unlike `shownWhen`, the answers
 * schema does not enforce it, so answers saved before it (a vegan who answered dairy herself)
 * stay valid; the scoring ignores such answers anyway (src/scoring/groups.ts).
 */
export interface KnownWhen {
  /** The id of the question that tells it (same step, a single choice). */
  readonly question: string;
  /** The answers of that question that tell it. */
  readonly answers: readonly string[];
  /** The answer it then holds: one of its own options. */
  readonly value: string;
}

interface QuestionBase {
  readonly step: QuestionStep;
  /** The message when the answer is missing or not one of the options. */
  readonly message: string;
  readonly shownWhen?: ShownWhen;
  readonly knownWhen?: KnownWhen;
  readonly group?: QuestionGroup;
  /**
   * The answer may be missing from a set of answers: for a question added after answers were
   * saved (spec v2 `symptoms.where`), a missing answer means "not said", and old answers stay
   * valid.
   */
  readonly optional?: true;
  /**
   * How the wizard draws it when not as plain radios or checkboxes: 'body-map' is a picture of
   * the legs beside the checkboxes (contract v2 `symptoms.where`).
   */
  readonly presentation?: 'body-map';
}

/** One answer from a fixed list (radio buttons). */
export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: Options;
  /**
   * A choice offered that is not an answer: it stops the questionnaire (under 18), and the
   * schema rejects it with its own message.
   */
  readonly stopOption?: { readonly value: string; readonly message: string };
}

/** Any number of answers from a fixed list (checkboxes), no repeats. */
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: Options;
  /** Set when at least one is needed: the message when none is chosen. */
  readonly atLeastOne?: string;
  /**
   * An explicit, exclusive "None of these" the step's form holds as `noneOfThese`, so the
   * question is never passed silently (spec: the red-flag step).
   */
  readonly noneOfThese?: { readonly message: string; readonly conflict: string };
}

/** A yes or no answer, held as a boolean. */
export interface YesNoQuestion extends QuestionBase {
  readonly kind: 'yes-no';
}

/** One question of the table. */
export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | YesNoQuestion;

const often = (noun: string, group: QuestionGroup = 'foods') =>
  ({
    step: 'diet',
    kind: 'single',
    options: FREQUENCIES,
    message: `Say how often you eat ${noun}`,
    group,
  }) as const;

// A food group that these ways of eating leave out by choice: not asked, and held as 'rarely'
// (its words say "Rarely or never"; the contract has no "never", and 'rarely' is the one value
// that means not eaten). The scoring reads the same fact (LEFT_OUT_BY_PATTERN in groups.ts).
const leftOutBy = <const P extends readonly DietPattern[]>(patterns: P) =>
  ({ question: 'diet.pattern', answers: patterns, value: 'rarely' }) as const;

/**
 * Every question in questionnaire order (the order the summary lists them and reasons
 * tie-break on). An id `section.field` is the answer's path; an id without a dot (`redFlags`)
 * is an answer of its own at the top level.
 */
export const QUESTIONS = {
  'about.ageBand': {
    step: 'about',
    kind: 'single',
    options: AGE_BANDS,
    message: 'Choose your age group',
    stopOption: {
      value: UNDER_18,
      message:
        'LegCheck is for adults (18 and over). Please talk to a doctor, or to a parent or carer.',
    },
  },
  'about.sex': {
    step: 'about',
    kind: 'single',
    options: SEXES,
    message: 'Choose the option that fits you best',
  },
  'about.pregnant': {
    step: 'about',
    kind: 'yes-no',
    message: 'Say whether you are pregnant',
    shownWhen: {
      question: 'about.sex',
      not: 'male',
      hidden: false,
      message: 'Pregnancy is only asked when sex is not male',
    },
  },
  'symptoms.kinds': {
    step: 'symptoms',
    kind: 'multiple',
    options: SYMPTOM_KINDS,
    message: 'Choose from the listed symptoms',
    atLeastOne: 'Choose at least one symptom',
  },
  'symptoms.where': {
    step: 'symptoms',
    kind: 'multiple',
    options: BODY_AREAS,
    message: 'Choose from the listed places',
    optional: true,
    presentation: 'body-map',
  },
  'symptoms.legs': {
    step: 'symptoms',
    kind: 'single',
    options: LEG_SIDES,
    message: 'Say whether it is one leg or both',
  },
  'symptoms.severity': {
    step: 'symptoms',
    kind: 'single',
    options: SEVERITIES,
    message: 'Choose how bad it is',
  },
  'timing.when': {
    step: 'timing',
    kind: 'multiple',
    options: TIMING_PATTERNS,
    message: 'Choose from the listed times',
    atLeastOne: 'Choose at least one time when it happens',
  },
  'timing.duration': {
    step: 'timing',
    kind: 'single',
    options: DURATIONS,
    message: 'Choose how long it has been going on',
  },
  'timing.onset': {
    step: 'timing',
    kind: 'single',
    options: ONSETS,
    message: 'Say whether it started suddenly or gradually',
  },
  'diet.pattern': {
    step: 'diet',
    kind: 'single',
    options: DIET_PATTERNS,
    message: 'Choose the way of eating closest to yours',
  },
  'diet.dairy': { ...often('dairy'), knownWhen: leftOutBy(['vegan']) },
  'diet.fattyFish': { ...often('oily fish'), knownWhen: leftOutBy(['vegetarian', 'vegan']) },
  'diet.redMeat': {
    ...often('red meat'),
    knownWhen: leftOutBy(['pescatarian', 'vegetarian', 'vegan']),
  },
  'diet.eggs': { ...often('eggs'), knownWhen: leftOutBy(['vegan']) },
  'diet.leafyGreens': often('leafy greens'),
  'diet.nutsSeeds': often('nuts and seeds'),
  'diet.wholeGrains': often('whole grains'),
  'diet.legumes': often('beans and lentils'),
  'diet.fortifiedFoods': often('fortified foods'),
  'diet.water': {
    step: 'diet',
    kind: 'single',
    options: WATER_INTAKES,
    message: 'Say how much you drink a day',
  },
  'diet.alcohol': {
    step: 'diet',
    kind: 'single',
    options: ALCOHOL_USES,
    message: 'Say how much alcohol you drink',
  },
  'lifestyle.sun': {
    step: 'lifestyle',
    kind: 'single',
    options: SUN_EXPOSURES,
    message: 'Say how much time you spend outdoors',
  },
  'lifestyle.sweating': {
    step: 'lifestyle',
    kind: 'single',
    options: SWEATING_LEVELS,
    message: 'Say how much you sweat',
  },
  'lifestyle.supplements': {
    step: 'lifestyle',
    kind: 'multiple',
    options: SUPPLEMENT_IDS,
    message: 'Choose from the listed supplements',
  },
  'health.conditions': {
    step: 'health',
    kind: 'multiple',
    options: CONDITION_IDS,
    message: 'Choose from the listed conditions',
  },
  'health.medications': {
    step: 'health',
    kind: 'multiple',
    options: MEDICATION_IDS,
    message: 'Choose from the listed medicines',
  },
  redFlags: {
    step: 'warningSigns',
    kind: 'multiple',
    options: RED_FLAG_IDS,
    message: 'Choose from the listed warning signs',
    noneOfThese: {
      message: 'Tick any warning signs you notice, or tick "None of these"',
      conflict: '"None of these" cannot be ticked together with a warning sign',
    },
  },
} as const satisfies Record<string, Question>;

/** The table's type. */
export type Questions = typeof QUESTIONS;

/** A question's id: its dotted answer path, e.g. 'diet.water', or 'redFlags'. */
export type QuestionId = keyof Questions;

/** True when `id` names a question of the table. */
export function isQuestionId(id: string): id is QuestionId {
  return Object.hasOwn(QUESTIONS, id);
}

/** One question of the table, read as any question (its kind then tells what it holds). */
export function questionOf(id: QuestionId): Question {
  return QUESTIONS[id];
}

/** Every question id, in questionnaire order. */
export const QUESTION_IDS: readonly QuestionId[] = Object.keys(QUESTIONS).filter(isQuestionId);

type OptionsOf<Q> = Q extends { kind: 'yes-no' }
  ? typeof YES_NO
  : Q extends { options: infer O extends Options }
    ? O
    : never;

/** One option id of a question (a yes/no question's are 'true' and 'false'). */
export type QuestionValue<Id extends QuestionId> = OptionsOf<Questions[Id]>[number];

/** The answer a question holds: one option, a list of options, or a boolean. */
export type QuestionAnswer<Id extends QuestionId> = Questions[Id] extends { kind: 'yes-no' }
  ? boolean
  : Questions[Id] extends { kind: 'multiple' }
    ? QuestionValue<Id>[]
    : QuestionValue<Id>;

/** A question's option ids in the table's order (a yes/no question's: 'true', 'false'). */
export function optionsOf<Id extends QuestionId>(id: Id): readonly QuestionValue<Id>[] {
  const question: Question = QUESTIONS[id];
  // A generic index cannot narrow the table's entry, so read it as any question; the table is
  // `as const`, so its lists are exactly the option ids of the id's type.
  return (question.kind === 'yes-no' ? YES_NO : question.options) as readonly QuestionValue<Id>[];
}

/** The answers section of an id ('diet' for 'diet.water'); never for a top-level answer. */
export type SectionOf<Id> = Id extends `${infer S}.${string}` ? S : never;

/** The key of an id's answer inside its section or step ('water' for 'diet.water'). */
export type FieldOf<Id> = Id extends `${string}.${infer F}` ? F : Id;

/** The ids of the questions a step asks. */
export type StepQuestionId<S extends QuestionStep> = {
  [Id in QuestionId]: Questions[Id]['step'] extends S ? Id : never;
}[QuestionId];

/** The ids of a step's questions that have an explicit "None of these" (never when none has). */
export type NoneOfTheseId<S extends QuestionStep> = {
  [Id in StepQuestionId<S>]: Questions[Id] extends { noneOfThese: object } ? Id : never;
}[StepQuestionId<S>];

/** True when `id` is a multiple choice with an explicit "None of these" tick. */
export function hasNoneOfThese(id: QuestionId): boolean {
  const question: Question = QUESTIONS[id];
  return question.kind === 'multiple' && question.noneOfThese !== undefined;
}

/** The answers section of a question, or undefined for a top-level answer ('redFlags'). */
export function sectionOf(id: QuestionId): string | undefined {
  const dot = id.indexOf('.');
  return dot < 0 ? undefined : id.slice(0, dot);
}

/** The key of a question's answer inside its section and its step's form ('water' for 'diet.water'). */
export function fieldOf(id: string): string {
  return id.slice(id.indexOf('.') + 1);
}

/** The questions a step asks, in order. */
export function questionsOfStep<S extends QuestionStep>(step: S): StepQuestionId<S>[] {
  return QUESTION_IDS.filter((id): id is StepQuestionId<S> => QUESTIONS[id].step === step);
}

/**
 * The answer another answer of its step already tells (a vegan's dairy: 'rarely'), or undefined
 * while the question's answer is the person's to give. `stepValues` are keyed by field.
 */
export function knownAnswerOf(
  id: QuestionId,
  stepValues: Readonly<Record<string, unknown>>,
): string | undefined {
  const question: Question = QUESTIONS[id];
  const known = question.knownWhen;
  if (!known) return undefined;
  const value = stepValues[fieldOf(known.question)];
  return typeof value === 'string' && known.answers.includes(value) ? known.value : undefined;
}

/**
 * Whether a question is asked, given the other answers of its step (keyed by field): not while
 * `shownWhen` hides it, nor while another answer tells its answer (`knownWhen`).
 */
export function isShown(id: QuestionId, stepValues: Readonly<Record<string, unknown>>): boolean {
  if (knownAnswerOf(id, stepValues) !== undefined) return false;
  const question: Question = QUESTIONS[id];
  const when = question.shownWhen;
  if (!when || !isQuestionId(when.question)) return true;
  const value = stepValues[fieldOf(when.question)];
  return value !== undefined && value !== when.not;
}

/** The questions whose showing or answer depends on the answer to `id` (shownWhen, knownWhen). */
export function dependentsOf(id: QuestionId): QuestionId[] {
  return QUESTION_IDS.filter((other) => {
    const question: Question = QUESTIONS[other];
    return question.shownWhen?.question === id || question.knownWhen?.question === id;
  });
}

/** The questions a question's showing depends on (none for most). */
export function dependenciesOf(id: QuestionId): QuestionId[] {
  const question: Question = QUESTIONS[id];
  return [question.shownWhen?.question, question.knownWhen?.question].filter(
    (other): other is QuestionId => other !== undefined && isQuestionId(other),
  );
}
