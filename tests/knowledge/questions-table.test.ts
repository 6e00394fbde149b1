// Walks the question table (src/scoring/questions.ts): every question and option has words, and
// every schema derived from the table has exactly the table's fields, no more and no fewer.
import { expect, test } from 'vitest';
import { draftSchema } from '../../src/features/wizard/draft-schema';
import type { AnswerFieldLabels } from '../../src/knowledge/answer-labels';
import {
  ANSWER_LABELS,
  extraOptionWords,
  GROUP_QUESTIONS,
} from '../../src/knowledge/answer-labels';
import {
  ANSWER_FIELDS,
  answersSchema,
  fieldOf,
  isQuestionId,
  optionsOf,
  QUESTION_GROUPS,
  QUESTION_IDS,
  QUESTION_STEPS,
  questionOf,
  questionsOfStep,
  sectionOf,
  STEP_SCHEMAS,
} from '../../src/scoring';

function wordsOf(id: (typeof QUESTION_IDS)[number]): AnswerFieldLabels<string> {
  return ANSWER_LABELS[id];
}

// The fields a step's form holds: one per question, and the tick of a "None of these".
function stepFields(step: (typeof QUESTION_STEPS)[number]): string[] {
  const ids = questionsOfStep(step);
  const none = ids.some((id) => {
    const question = questionOf(id);
    return question.kind === 'multiple' && question.noneOfThese !== undefined;
  });
  return [...ids.map(fieldOf), ...(none ? ['noneOfThese'] : [])].sort();
}

test('the table has questions, each in a known step, and every step asks at least one', () => {
  expect(QUESTION_IDS.length).toBeGreaterThan(0);
  for (const step of QUESTION_STEPS) expect(questionsOfStep(step).length, step).toBeGreaterThan(0);
  expect(
    QUESTION_IDS.flatMap((id) => QUESTION_STEPS.filter((s) => s === questionOf(id).step)),
  ).toHaveLength(QUESTION_IDS.length);
});

test('every question has a name and a question in words, and no words for a question it lacks', () => {
  expect(Object.keys(ANSWER_LABELS).sort()).toEqual([...QUESTION_IDS].sort());
  for (const id of QUESTION_IDS) {
    const words = wordsOf(id);
    expect(words.name.trim(), id).not.toBe('');
    expect(words.question.trim(), id).not.toBe('');
    expect(words.why.text.trim(), id).not.toBe('');
  }
});

test('every option of every question has a label and a sentence, and only its options have words', () => {
  for (const id of QUESTION_IDS) {
    const options = optionsOf(id);
    expect(new Set(options).size, id).toBe(options.length);
    const words = wordsOf(id);
    expect(Object.keys(words.options).sort(), id).toEqual([...options].sort());
    for (const value of options) {
      const option = words.options[value];
      expect(option?.label.trim(), `${id} ${value}`).toBeTruthy();
      expect(option?.says.trim(), `${id} ${value}`).toBeTruthy();
    }
  }
});

test('a stop option and a "None of these" have words, and so does every group', () => {
  for (const id of QUESTION_IDS) {
    const question = questionOf(id);
    const stop = question.kind === 'single' ? question.stopOption : undefined;
    if (stop) expect(extraOptionWords(id, 'stopOption')?.label, id).toBeTruthy();
    const none = question.kind === 'multiple' ? question.noneOfThese : undefined;
    if (none) expect(extraOptionWords(id, 'noneOfThese')?.label, id).toBeTruthy();
  }
  for (const group of QUESTION_GROUPS) expect(GROUP_QUESTIONS[group].trim()).not.toBe('');
});

test('a question shown only for some answers depends on a single choice of its own step', () => {
  for (const id of QUESTION_IDS) {
    const when = questionOf(id).shownWhen;
    if (!when) continue;
    expect(isQuestionId(when.question), id).toBe(true);
    if (!isQuestionId(when.question)) continue;
    const dependsOn = questionOf(when.question);
    expect(dependsOn.step, id).toBe(questionOf(id).step);
    expect(dependsOn.kind === 'single' && dependsOn.options.includes(when.not), id).toBe(true);
  }
});

test("every step's schema holds exactly the table's fields of that step", () => {
  expect(Object.keys(STEP_SCHEMAS).sort()).toEqual([...QUESTION_STEPS].sort());
  for (const step of QUESTION_STEPS) {
    expect(Object.keys(STEP_SCHEMAS[step].shape).sort(), step).toEqual(stepFields(step));
  }
});

test("the draft's step shapes hold exactly the table's fields of each step", () => {
  const steps = draftSchema.shape.steps.shape;
  expect(Object.keys(steps).sort()).toEqual([...QUESTION_STEPS].sort());
  for (const step of QUESTION_STEPS) {
    expect(Object.keys(steps[step].def.innerType.shape).sort(), step).toEqual(stepFields(step));
  }
});

test('the answers schema holds every question at its path, and scoring reads the dotted ones', () => {
  const expected = new Map<string, string[]>();
  for (const id of QUESTION_IDS) {
    const section = sectionOf(id) ?? id;
    expected.set(section, [
      ...(expected.get(section) ?? []),
      ...(sectionOf(id) ? [fieldOf(id)] : []),
    ]);
  }
  const shape = answersSchema.shape;
  expect(Object.keys(shape)).toEqual([...expected.keys()]);
  for (const [section, fields] of expected) {
    const schema: unknown = shape[section as keyof typeof shape];
    const inner =
      typeof schema === 'object' && schema !== null && 'shape' in schema ? schema.shape : {};
    expect(Object.keys(inner ?? {}), section).toEqual(fields);
  }
  expect(ANSWER_FIELDS).toEqual(QUESTION_IDS.filter((id) => sectionOf(id) !== undefined));
});
