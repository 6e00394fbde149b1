// The prose LegCheck shows, collected from where it is written (the knowledge base, and the start
// page as React renders it), each piece with its group, file and path, for the reading-grade check.
// Only prose fields are collected: names, titles, labels, headings, food servings and the
// questions themselves are labels read at a glance, not sentences (docs/decisions/010).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StartPage } from '../../src/features/wizard/StartPage';
import type { AnswerFieldLabels, AnswerOption } from '../../src/knowledge/answer-labels';
import { ANSWER_LABELS } from '../../src/knowledge/answer-labels';
import { CAUTIONS } from '../../src/knowledge/cautions';
import { FOODS } from '../../src/knowledge/foods';
import { LAB_TESTS } from '../../src/knowledge/lab-tests';
import { NUTRIENTS } from '../../src/knowledge/nutrients';
import { OTHER_CAUSES } from '../../src/knowledge/other-causes';
import {
  DISCLAIMER,
  PREVENTION_HABITS,
  WHEN_TO_SEE_A_DOCTOR,
} from '../../src/knowledge/prevention';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { TRIAGE_ADVICE, TRIAGE_RULE_TEXT } from '../../src/knowledge/triage-advice';
import type { ResultsModel } from '../../src/features/results/results-model';
import { buildResultsModel } from '../../src/features/results/results-model';
import { answersSchema, assess, QUESTION_IDS } from '../../src/scoring';
import { loadCases } from '../cases/case-file';
import type { ReadingGroup, ReadingText } from './reading';
import { sentencesOf } from './reading';

const file = (name: string) => `src/knowledge/${name}.ts`;

function texts(
  group: ReadingGroup,
  name: string,
  entries: ReadonlyArray<readonly [path: string, text: string | undefined]>,
): ReadingText[] {
  return entries.flatMap(([path, text]) =>
    text === undefined ? [] : [{ group, file: file(name), path, text }],
  );
}

/**
 * The main results text: every sentence the results page can show. The triage advice, the
 * warning signs' meaning and what to do, the triage reasons, the cautions, the factor cards (what
 * the nutrient does, why the evidence is as it is, the interactions, the answers that moved it),
 * the food notes, what each blood test measures, other causes, habits, upper limits, when to see
 * a doctor and the disclaimer (src/features/results/results-model.ts builds the page from these).
 */
export function resultsTexts(): ReadingText[] {
  const nutrients = Object.values(NUTRIENTS);
  return [
    ...texts(
      'results',
      'triage-advice',
      Object.entries(TRIAGE_ADVICE).map(([level, advice]) => [
        `TRIAGE_ADVICE.${level}.detail`,
        advice.detail,
      ]),
    ),
    ...texts(
      'results',
      'triage-advice',
      Object.entries(TRIAGE_RULE_TEXT).map(([id, rule]) => [`TRIAGE_RULE_TEXT.${id}`, rule.text]),
    ),
    ...texts(
      'results',
      'red-flags',
      Object.values(RED_FLAGS).flatMap((flag) => [
        [`RED_FLAGS.${flag.id}.mayMean`, flag.mayMean.text],
        [`RED_FLAGS.${flag.id}.whatToDo`, flag.whatToDo],
      ]),
    ),
    ...texts(
      'results',
      'cautions',
      Object.entries(CAUTIONS).map(([id, caution]) => [`CAUTIONS.${id}`, caution.text]),
    ),
    ...texts('results', 'prevention', [
      ['WHEN_TO_SEE_A_DOCTOR', WHEN_TO_SEE_A_DOCTOR.text],
      ...PREVENTION_HABITS.map((habit) => [`PREVENTION_HABITS.${habit.id}`, habit.text] as const),
      ['DISCLAIMER', DISCLAIMER],
    ]),
    ...texts(
      'results',
      'nutrients',
      nutrients.flatMap((n) => [
        [`NUTRIENTS.${n.id}.role`, n.role.text] as const,
        [`NUTRIENTS.${n.id}.evidence.why`, n.evidence.why] as const,
        ...n.cautions.map((c, i) => [`NUTRIENTS.${n.id}.cautions[${i}]`, c.text] as const),
        [`NUTRIENTS.${n.id}.upperLimit`, n.upperLimit.text] as const,
      ]),
    ),
    // A factor card lists the answers that moved it, each as a sentence about the person.
    ...texts(
      'results',
      'answer-labels',
      QUESTION_IDS.flatMap((id) =>
        optionsOf(id).map(([value, option]) => [`${id}.${value}.says`, option.says] as const),
      ),
    ),
    ...texts(
      'results',
      'foods',
      FOODS.map((food) => [`FOODS.${food.id}.note`, food.note] as const),
    ),
    ...texts(
      'results',
      'lab-tests',
      Object.values(LAB_TESTS).map((test) => [`LAB_TESTS.${test.id}.measures`, test.measures]),
    ),
    ...texts(
      'results',
      'other-causes',
      Object.values(OTHER_CAUSES).flatMap((cause) => [
        [`OTHER_CAUSES.${cause.id}.why`, cause.why.text],
        [`OTHER_CAUSES.${cause.id}.whatToDo`, cause.whatToDo],
      ]),
    ),
  ];
}

function optionsOf(id: (typeof QUESTION_IDS)[number]): Array<[string, AnswerOption]> {
  const labels: AnswerFieldLabels<string> = ANSWER_LABELS[id];
  return Object.entries(labels.options);
}

/** The wizard's prose: each question's hint and "why we ask". */
export function questionTexts(): ReadingText[] {
  return texts(
    'questions',
    'answer-labels',
    QUESTION_IDS.flatMap((id) => {
      const labels: AnswerFieldLabels<string> = ANSWER_LABELS[id];
      return [[`${id}.hint`, labels.hint] as const, [`${id}.why`, labels.why.text] as const];
    }),
  );
}

/**
 * The hints under single choices. Most name the medicines a choice covers ("For example
 * furosemide, bendroflumethiazide or indapamide"): a person matches them to the packet rather
 * than reads them as prose, so they are reported but not held to a ceiling.
 */
export function hintTexts(): ReadingText[] {
  return texts(
    'hints',
    'answer-labels',
    QUESTION_IDS.flatMap((id) =>
      optionsOf(id).map(([value, option]) => [`${id}.${value}.hint`, option.hint] as const),
    ),
  );
}

/**
 * Knowledge written for people that no page shows yet (a nutrient's leg symptoms, risk groups,
 * medicines, tips and intakes; a blood test's cut-offs and notes): reported, so it is plain
 * before a page shows it, but not held to the results page's grade.
 */
export function unshownTexts(): ReadingText[] {
  const sourced = (path: string, items: readonly { text: string }[]) =>
    items.map((item, i) => [`${path}[${i}]`, item.text] as const);
  return [
    ...texts(
      'unshown',
      'nutrients',
      Object.values(NUTRIENTS).flatMap((n) => [
        ...sourced(`NUTRIENTS.${n.id}.legSymptoms`, n.legSymptoms),
        ...sourced(`NUTRIENTS.${n.id}.riskGroups`, n.riskGroups),
        ...sourced(`NUTRIENTS.${n.id}.medicines`, n.medicines),
        ...sourced(`NUTRIENTS.${n.id}.absorptionTips`, n.absorptionTips),
        [`NUTRIENTS.${n.id}.intake`, n.intake.text] as const,
      ]),
    ),
    ...texts(
      'unshown',
      'lab-tests',
      Object.values(LAB_TESTS).flatMap((test) => [
        ...sourced(`LAB_TESTS.${test.id}.thresholds`, test.thresholds),
        ...sourced(`LAB_TESTS.${test.id}.notes`, test.notes ?? []),
      ]),
    ),
  ];
}

// React escapes exactly these five characters in text.
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/**
 * The start page as a first-time visitor reads it (no draft, no saved results: what the build
 * prerenders), rendered by React rather than read from the source. Headings and links are labels;
 * each paragraph and list item is prose.
 */
export function startPageTexts(): ReadingText[] {
  const markup = renderToStaticMarkup(createElement(StartPage));
  const blocks = markup
    .replace(/<(h[1-6]|a|button)\b[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<\/?(p|li|ul|div)\b[^>]*>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity)
    .split('\n')
    .map((block) => block.trim())
    .filter(Boolean);
  return blocks.map((text, i) => ({
    group: 'start',
    file: 'src/features/wizard/StartPage.tsx',
    path: `block ${i + 1}`,
    text,
  }));
}

/** Everything the reading check measures. */
export function allTexts(): ReadingText[] {
  return [
    ...resultsTexts(),
    ...startPageTexts(),
    ...questionTexts(),
    ...hintTexts(),
    ...unshownTexts(),
  ];
}

/**
 * The prose of one results page, in the order the page shows it: what `texts` collects for
 * 'results', narrowed to what this person's page holds.
 */
export function resultsPageProse(model: ResultsModel): string[] {
  const cautions = (list: readonly { text: string }[]) => list.map((caution) => caution.text);
  return [
    model.triage.detail.text,
    ...model.triage.redFlags.flatMap((flag) => [flag.mayMean.text, flag.whatToDo]),
    ...model.triage.rules.map((rule) => rule.text.text),
    ...cautions(model.generalCautions),
    model.whenToSeeADoctor.text,
    ...model.factors.flatMap((factor) => [
      ...[...factor.raising, ...factor.lowering].map((reason) => reason.text),
      factor.role.text,
      factor.evidence.why,
      ...cautions(factor.cautions),
      ...cautions(factor.interactions),
    ]),
    ...model.foods.flatMap((group) =>
      [...group.shown, ...group.more].flatMap((food) => (food.note ? [food.note] : [])),
    ),
    ...model.tests.map((test) => test.measures),
    ...model.otherCauses.flatMap((cause) => [cause.why.text, cause.whatToDo]),
    ...model.prevention.map((habit) => habit.text),
    ...model.upperLimits.flatMap((limit) => [limit.upperLimit.text, ...cautions(limit.cautions)]),
    model.disclaimer,
  ];
}

/** One published case's results page: its sentences (each once) and their overall grade. */
export interface CasePage {
  readonly id: string;
  readonly sentences: readonly string[];
}

/**
 * The results page each published case (tests/cases) would see: about forty real people's
 * answers, so the grade is that of pages people read, not of the knowledge base as a whole.
 */
export function casePages(): CasePage[] {
  return loadCases().map((item) => {
    const answers = answersSchema.parse(item.answers);
    const model = buildResultsModel(answers, assess(answers));
    return { id: item.id, sentences: [...new Set(resultsPageProse(model).flatMap(sentencesOf))] };
  });
}
