// The question table's `knownWhen` (issue 11, part 2): an answer another answer already tells is
// not asked, and holds a value the contract accepts. A vegan is not asked about meat, fish, dairy
// or eggs; the scoring's "left out by the pattern" is the same fact, read from the same table.
import { expect, test } from 'vitest';
import { knownAnswerWords } from '../../src/knowledge/answer-labels';
import { LEFT_OUT_BY_PATTERN } from '../../src/scoring/groups';
import type { QuestionId } from '../../src/scoring';
import {
  answersSchema,
  assess,
  DIET_PATTERNS,
  fieldOf,
  isQuestionId,
  isShown,
  knownAnswerOf,
  optionsOf,
  QUESTION_IDS,
  questionOf,
  questionsOfStep,
} from '../../src/scoring';
import { answersWith, VEGAN_DIET } from './fixtures';

// What the diet step asks, and what it holds without asking, for one way of eating.
function dietStepFor(pattern: string) {
  const values = { pattern };
  const ids = questionsOfStep('diet');
  return {
    asked: ids.filter((id) => isShown(id, values)).map(fieldOf),
    known: Object.fromEntries(
      ids.flatMap((id) => {
        const known = knownAnswerOf(id, values);
        return known === undefined ? [] : [[fieldOf(id), known]];
      }),
    ),
  };
}

test("a vegan's meat, fish, dairy and eggs are known as 'rarely' (rarely or never), nothing else", () => {
  expect(dietStepFor('vegan').known).toEqual({
    dairy: 'rarely',
    fattyFish: 'rarely',
    redMeat: 'rarely',
    eggs: 'rarely',
  });
  expect(dietStepFor('vegetarian').known).toEqual({ fattyFish: 'rarely', redMeat: 'rarely' });
  expect(dietStepFor('pescatarian').known).toEqual({ redMeat: 'rarely' });
  expect(dietStepFor('omnivore').known).toEqual({});
});

test('no question is asked whose answer is known', () => {
  expect(dietStepFor('vegan').asked).toEqual([
    'pattern',
    'leafyGreens',
    'nutsSeeds',
    'wholeGrains',
    'legumes',
    'fortifiedFoods',
    'water',
    'alcohol',
  ]);
  for (const pattern of DIET_PATTERNS) {
    const { asked, known } = dietStepFor(pattern);
    for (const field of asked) expect(known, `${pattern} ${field}`).not.toHaveProperty(field);
    // Every question of the step is either asked or known: none is lost.
    expect(asked.length + Object.keys(known).length, pattern).toBe(questionsOfStep('diet').length);
  }
  expect(dietStepFor('omnivore').asked).toHaveLength(12);
});

test('while the way of eating is not chosen yet, every food group is asked', () => {
  for (const id of questionsOfStep('diet')) expect(isShown(id, {}), id).toBe(true);
});

test('a known answer comes from a single choice of its own step, and is one of its own options', () => {
  const withKnown = QUESTION_IDS.filter((id) => questionOf(id).knownWhen !== undefined);
  expect(withKnown).toEqual(['diet.dairy', 'diet.fattyFish', 'diet.redMeat', 'diet.eggs']);
  for (const id of withKnown) {
    const known = questionOf(id).knownWhen;
    if (!known || !isQuestionId(known.question)) throw new Error(`${id} names a question`);
    const from = questionOf(known.question);
    expect(from.step, id).toBe(questionOf(id).step);
    expect(from.kind, id).toBe('single');
    const fromOptions: readonly string[] = optionsOf(known.question);
    for (const answer of known.answers) expect(fromOptions, id).toContain(answer);
    const ownOptions: readonly string[] = optionsOf(id);
    expect(ownOptions, id).toContain(known.value);
    // Its words say it was not asked, for the summary and for the step's note.
    expect(knownAnswerWords(id)?.answer, id).toMatch(/^Not asked/);
    expect(knownAnswerWords(id)?.listName.trim(), id).not.toBe('');
  }
});

test("the scoring's groups left out by a pattern are exactly the questions the wizard skips", () => {
  for (const pattern of DIET_PATTERNS) {
    expect([...LEFT_OUT_BY_PATTERN[pattern]].sort(), pattern).toEqual(
      Object.keys(dietStepFor(pattern).known).sort(),
    );
  }
});

test('the filled answers are valid under the contract schema, and answers saved before stay valid', () => {
  const filled = answersWith({ diet: VEGAN_DIET });
  expect(answersSchema.safeParse(filled).success).toBe(true);
  // A vegan who answered eggs herself, before the wizard skipped it: still a valid answer set,
  // and it scores the same (a pattern counts once: the left-out groups add nothing).
  const before = answersWith({ diet: { ...VEGAN_DIET, eggs: 'weekly', dairy: 'most-days' } });
  expect(answersSchema.safeParse(before).success).toBe(true);
  expect(assess(before).ranked).toEqual(assess(filled).ranked);
});

test('a question with no known answer is never told one', () => {
  const others = QUESTION_IDS.filter((id): id is QuestionId => !questionOf(id).knownWhen);
  for (const id of others) {
    for (const pattern of DIET_PATTERNS) expect(knownAnswerOf(id, { pattern }), id).toBeUndefined();
  }
});
