// Issue 12, section 4: the words people read are measured, not guessed. The main results text
// reads at grade 8 or below (Flesch-Kincaid) on the page of every published case, and no sentence
// on the results page, the start page or the questions goes past grade 12. Rules and reasons:
// docs/decisions/010-reading-grade.md; `npm run bench:reading` prints the full report.
import { expect, test } from 'vitest';
import type { GradedSentence } from './reading';
import {
  gradeOf,
  gradeSentences,
  groupGrade,
  hardest,
  reportLine,
  RESULTS_GRADE_LIMIT,
  SENTENCE_GRADE_CEILING,
  sentencesOf,
  syllablesOf,
} from './reading';
import { allTexts, casePages, resultsTexts, startPageTexts } from './reading-text';

const graded = gradeSentences(allTexts());
const held = (s: GradedSentence) =>
  s.group === 'results' || s.group === 'start' || s.group === 'questions';

test('sentences are split at full stops, not at decimals or "e.g.", and list fragments are left out', () => {
  expect(
    sentencesOf(
      'Below 0.70 mmol/L is low, e.g. after vomiting. Adults: 15 mcg. Ask a doctor first.',
    ),
  ).toEqual(['Below 0.70 mmol/L is low, e.g. after vomiting.', 'Ask a doctor first.']);
});

test('a figure counts as at least one syllable, as it does read aloud', () => {
  expect(syllablesOf('4,000')).toBe(1);
  expect(syllablesOf('magnesium')).toBe(4);
  // Flesch-Kincaid: 0.39 x words per sentence + 11.8 x syllables per word - 15.59.
  expect(gradeOf(['Take 400 mg a day.'])).toBeCloseTo(0.39 * 5 + 11.8 * (5 / 5) - 15.59, 5);
});

test('the check reads the start page as React renders it and every part of the results text', () => {
  const start = startPageTexts().map((entry) => entry.text);
  expect(start).toContain(
    'Everything runs in this browser. Your answers never leave your device: nothing is sent, tracked or shared. You can clear them at any time with Start over.',
  );
  // Headings and the Start link are labels, not prose.
  expect(start.join(' ')).not.toMatch(/What LegCheck does|Start the questions/);
  const files = new Set(resultsTexts().map((entry) => entry.file));
  for (const name of [
    'triage-advice',
    'red-flags',
    'cautions',
    'prevention',
    'nutrients',
    'answer-labels',
    'foods',
    'lab-tests',
    'other-causes',
  ])
    expect(files).toContain(`src/knowledge/${name}.ts`);
});

test(`the main results text reads at grade ${RESULTS_GRADE_LIMIT} or below on every published case's page`, () => {
  const results = graded.filter((s) => s.group === 'results');
  console.log(
    `Results text: grade ${groupGrade(graded, 'results').toFixed(1)} over ${results.length} sentences. The 10 hardest:\n${hardest(results, 10).map(reportLine).join('\n')}`,
  );
  const pages = casePages();
  expect(pages.length).toBeGreaterThan(20);
  const tooHard = pages
    .map((page) => ({ id: page.id, grade: Number(gradeOf(page.sentences).toFixed(1)) }))
    .filter((page) => page.grade > RESULTS_GRADE_LIMIT);
  expect(tooHard).toEqual([]);
  expect(groupGrade(graded, 'results')).toBeLessThanOrEqual(RESULTS_GRADE_LIMIT);
});

test(`the start page reads at grade ${RESULTS_GRADE_LIMIT} or below`, () => {
  expect(groupGrade(graded, 'start')).toBeLessThanOrEqual(RESULTS_GRADE_LIMIT);
});

test(`no sentence on the results page, the start page or the questions is above grade ${SENTENCE_GRADE_CEILING}`, () => {
  const tooHard = graded
    .filter((s) => held(s) && s.grade > SENTENCE_GRADE_CEILING)
    .map((s) => `${s.grade.toFixed(1)} ${s.file} ${s.path}: ${s.sentence}`);
  expect(tooHard).toEqual([]);
});
