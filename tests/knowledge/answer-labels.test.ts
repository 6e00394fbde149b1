import { expect, test } from 'vitest';
import {
  ANSWER_LABELS,
  describeAnswerField,
  describeReason,
  FIELD_VALUES,
  formatAnswers,
  labelFor,
  optionsFor,
} from '../../src/knowledge/answer-labels';
import type { Answers } from '../../src/scoring';
import {
  AGE_BANDS,
  ALCOHOL_USES,
  ANSWER_FIELDS,
  BODY_AREAS,
  CONDITION_IDS,
  DIET_PATTERNS,
  DURATIONS,
  FOOD_GROUPS,
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
  WATER_INTAKES,
} from '../../src/scoring';

// Every id of the spec, field by field, so a missing label fails here and not on screen.
const SPEC_VALUES: Record<string, readonly string[]> = {
  'about.ageBand': AGE_BANDS,
  'about.sex': SEXES,
  'about.pregnant': ['true', 'false'],
  'symptoms.kinds': SYMPTOM_KINDS,
  'symptoms.where': BODY_AREAS,
  'symptoms.legs': LEG_SIDES,
  'symptoms.severity': SEVERITIES,
  'timing.when': TIMING_PATTERNS,
  'timing.duration': DURATIONS,
  'timing.onset': ONSETS,
  'diet.pattern': DIET_PATTERNS,
  ...Object.fromEntries(FOOD_GROUPS.map((group) => [`diet.${group}`, FREQUENCIES])),
  'diet.water': WATER_INTAKES,
  'diet.alcohol': ALCOHOL_USES,
  'lifestyle.sun': SUN_EXPOSURES,
  'lifestyle.sweating': SWEATING_LEVELS,
  'lifestyle.supplements': SUPPLEMENT_IDS,
  'health.conditions': CONDITION_IDS,
  'health.medications': MEDICATION_IDS,
  redFlags: RED_FLAG_IDS,
};

const everyPair = Object.entries(SPEC_VALUES).flatMap(([field, values]) =>
  values.map((value) => [field, value] as const),
);

// The spec's key words (questionnaire.md comments and the brief), which each label must contain.
const KEY_WORDS: Array<[string, string, string]> = [
  ['symptoms.kinds', 'aches', 'dull muscle aches'],
  ['symptoms.kinds', 'weakness', 'muscle weakness'],
  ['symptoms.kinds', 'cramps', 'painful cramps'],
  ['symptoms.kinds', 'spasms', 'spasms, twitching'],
  ['symptoms.kinds', 'spasms', 'involuntary movements'],
  ['symptoms.kinds', 'bone-pain', 'bone pain'],
  ['symptoms.kinds', 'tingling', 'pins and needles (tingling)'],
  ['symptoms.kinds', 'numbness', 'numbness'],
  ['symptoms.kinds', 'shooting-pain', 'shooting or burning nerve pain'],
  ['symptoms.kinds', 'coordination', 'poor balance or coordination'],
  ['symptoms.kinds', 'restless-legs', 'restless legs: unpleasant feelings with an urge to move'],
  ['symptoms.kinds', 'fatigue', 'tiredness'],
  ['symptoms.kinds', 'fatigue', 'heavy legs'],
  ['timing.when', 'night', 'wakes me at night'],
  ['timing.when', 'evening-rest', 'sitting or lying still'],
  ['timing.when', 'during-exercise', 'during exercise'],
  ['timing.when', 'after-exercise', 'after exercise'],
  ['timing.when', 'walking-eases-rest', 'comes on when walking, eases within minutes of rest'],
  ['timing.when', 'constant', 'constant'],
  ['timing.duration', 'days', 'under 1 week'],
  ['timing.duration', 'weeks', '1 to 4 weeks'],
  ['timing.duration', 'months', '1 to 3 months'],
  ['timing.duration', 'over-3-months', 'over 3 months'],
  ['diet.water', 'under-4-glasses', 'under 4 glasses'],
  ['diet.water', '4-7-glasses', '4 to 7 glasses'],
  ['diet.water', '8-plus-glasses', '8 glasses or more'],
  ['health.conditions', 'malabsorption', 'coeliac disease'],
  ['health.conditions', 'malabsorption', "crohn's"],
  ['health.conditions', 'malabsorption', 'chronic pancreatitis'],
  ['health.conditions', 'malabsorption', 'cystic fibrosis'],
  ['health.conditions', 'bariatric-surgery', 'bariatric surgery'],
  ['health.conditions', 'frequent-blood-donation', 'frequent blood donation'],
  ['health.conditions', 'darker-skin', 'more melanin'],
  ['health.medications', 'acid-reducer', 'proton pump inhibitor or h2 blocker'],
  ['health.medications', 'acid-reducer', 'for months'],
  ['health.medications', 'diuretic', 'water pill (diuretic)'],
  ['health.medications', 'statin', 'statin'],
  ['health.medications', 'anticonvulsant', 'anticonvulsant'],
  ['health.medications', 'corticosteroid', 'steroid tablets for months'],
  ['lifestyle.supplements', 'multivitamin', 'multivitamin'],
  ['redFlags', 'one-leg-swollen', 'one leg swollen, red or warm'],
  ['redFlags', 'one-leg-swollen', 'tender calf'],
  ['redFlags', 'breathless-chest-pain', 'shortness of breath or chest pain'],
  ['redFlags', 'cold-pale-leg', 'cold, pale or blue'],
  ['redFlags', 'cold-pale-leg', 'very painful'],
  [
    'redFlags',
    'saddle-numbness',
    'numbness between the legs, or new trouble controlling bladder or bowels',
  ],
  ['redFlags', 'dark-urine', 'dark, cola-coloured urine'],
  ['redFlags', 'rapid-weakness', 'weakness spreading or getting worse over hours to days'],
  ['redFlags', 'injury', 'a fall, an injury or a pop in the calf'],
  ['redFlags', 'fever-hot-skin', 'fever with red, hot, swollen skin'],
  ['diet.pattern', 'omnivore', 'omnivore'],
  ['diet.pattern', 'pescatarian', 'pescatarian'],
  ['diet.pattern', 'vegetarian', 'vegetarian'],
  ['diet.pattern', 'vegan', 'vegan'],
  ['diet.dairy', 'rarely', 'rarely'],
  ['diet.dairy', 'weekly', 'weekly'],
  ['diet.dairy', 'most-days', 'most days'],
  ['about.sex', 'intersex-or-other', 'intersex or other'],
  // Contract v2.
  ['symptoms.where', 'feet', 'feet and toes'],
  ['symptoms.where', 'calves', 'calves'],
  ['symptoms.where', 'shins', 'shins'],
  ['symptoms.where', 'thighs-hips', 'thighs, hips or buttocks'],
  ['symptoms.where', 'hands-arms', 'hands or arms'],
  ['symptoms.where', 'around-mouth', 'around the mouth'],
  ['lifestyle.supplements', 'b12-injections', 'vitamin b12 injections from a doctor or nurse'],
  ['health.conditions', 'pernicious-anaemia', 'pernicious anaemia'],
  ['health.conditions', 'pernicious-anaemia', 'b12 absorption problem'],
  ['health.conditions', 'stomach-bowel-surgery', 'part of the stomach or bowel removed'],
  ['health.conditions', 'stomach-bowel-surgery', 'not weight-loss surgery'],
  ['health.conditions', 'recent-diarrhoea-vomiting', 'diarrhoea or vomiting in the last two weeks'],
  ['health.conditions', 'underactive-thyroid', 'hypothyroidism'],
  ['health.conditions', 'liver-disease', 'cirrhosis'],
  ['health.conditions', 'fluid-restriction', 'limit fluids'],
  ['health.medications', 'diuretic', 'loop or thiazide'],
  ['health.medications', 'blood-thinner', 'warfarin, apixaban, rivaroxaban, clopidogrel'],
  ['health.medications', 'blood-thinner', 'daily aspirin'],
  ['health.medications', 'nitrous-oxide', 'nitrous oxide'],
  ['health.medications', 'nitrous-oxide', 'laughing gas, used for fun'],
  ['redFlags', 'very-unwell', 'confused, very drowsy, fainting, or breathing or heart very fast'],
  ['redFlags', 'rest-pain-ulcer', 'foot pain at rest'],
  ['redFlags', 'rest-pain-ulcer', 'hang the leg down'],
  ['redFlags', 'rest-pain-ulcer', 'a sore or black patch on the foot that does not heal'],
  ['redFlags', 'long-cramp', 'a cramp that lasts longer than 10 minutes despite stretching'],
];

const sampleAnswers: Answers = {
  about: { ageBand: '51-70', sex: 'female', pregnant: false },
  symptoms: { kinds: ['tingling', 'cramps'], legs: 'both', severity: 'moderate' },
  timing: { when: ['night'], duration: 'months', onset: 'gradual' },
  diet: {
    pattern: 'vegan',
    dairy: 'rarely',
    fattyFish: 'rarely',
    redMeat: 'rarely',
    eggs: 'rarely',
    leafyGreens: 'most-days',
    nutsSeeds: 'weekly',
    wholeGrains: 'most-days',
    legumes: 'weekly',
    fortifiedFoods: 'rarely',
    water: 'under-4-glasses',
    alcohol: 'none',
  },
  lifestyle: { sun: 'rarely', sweating: 'low', supplements: [] },
  health: { conditions: [], medications: ['metformin'] },
  redFlags: [],
};

test('every spec id has a label, in every field', () => {
  for (const [field, value] of everyPair) {
    expect(labelFor(field, value), `${field} ${value}`).not.toBe(value);
  }
  expect(Object.keys(ANSWER_LABELS).sort()).toEqual(Object.keys(SPEC_VALUES).sort());
});

test('every field the scoring reads has a name and words for each of its values', () => {
  for (const field of ANSWER_FIELDS) {
    expect(describeAnswerField(field)).not.toBe('a question');
    expect(FIELD_VALUES[field]).toEqual(SPEC_VALUES[field]);
  }
});

test.each(KEY_WORDS)('the label of %s %s contains "%s"', (field, value, words) => {
  expect(labelFor(field, value).toLowerCase()).toContain(words);
});

test('describeReason gives a distinct plain sentence for every field and value', () => {
  for (const [field, values] of Object.entries(SPEC_VALUES)) {
    const sentences = values.map((value) => describeReason(field, value));
    expect(new Set(sentences).size, field).toBe(values.length);
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^(You|It) /);
      expect(sentence).not.toMatch(/"/);
    }
  }
});

test('no sentence, label or hint says "you have"', () => {
  for (const [field, value] of everyPair) {
    expect(describeReason(field, value)).not.toMatch(/you have/i);
    expect(labelFor(field, value)).not.toMatch(/you have/i);
  }
  expect(JSON.stringify(ANSWER_LABELS)).not.toMatch(/you have/i);
});

test('reasons read as the examples in the brief', () => {
  expect(describeReason('diet.dairy', 'rarely')).toBe('You rarely eat dairy');
  expect(describeReason('symptoms.kinds', 'tingling')).toBe(
    'You mentioned pins and needles (tingling)',
  );
  expect(describeReason('health.medications', 'metformin')).toBe('You take metformin');
  expect(describeReason('about.pregnant', 'true')).toBe('You are pregnant');
});

test('an unknown field or value still reads as a sentence, not an id alone', () => {
  expect(describeReason('diet.dairy', 'hourly')).toBe(
    'You answered "hourly" to dairy (milk, cheese, yogurt)',
  );
  expect(describeReason('nope', 'x')).toBe('You answered "x" to a question');
  expect(describeAnswerField('toString')).toBe('a question');
});

test('the answers summary lists every question in order with plain answers', () => {
  const summary = formatAnswers(sampleAnswers);
  expect(summary[0]).toEqual({ question: 'Age group', answer: '51 to 70' });
  expect(summary).toContainEqual({ question: 'Pregnant', answer: 'No' });
  expect(summary).toContainEqual({
    question: 'Symptoms',
    answer: 'Pins and needles (tingling); Painful cramps',
  });
  expect(summary).toContainEqual({
    question: 'Fortified foods (cereals, plant milks)',
    answer: 'Rarely or never',
  });
  expect(summary).toContainEqual({ question: 'Supplements taken', answer: 'None' });
  expect(summary).toContainEqual({ question: 'Medicines', answer: 'Metformin' });
  expect(summary.at(-1)).toEqual({ question: 'Warning signs', answer: 'None of these' });
  expect(summary).toHaveLength(Object.keys(SPEC_VALUES).length);
});

test("a vegan's dairy, fish, meat and eggs read as not asked, never as an answer she chose", () => {
  const summary = formatAnswers(sampleAnswers);
  for (const question of [
    'Dairy (milk, cheese, yogurt)',
    'Oily or fatty fish (salmon, sardines, mackerel)',
    'Red meat (beef, lamb, pork)',
    'Eggs',
  ]) {
    expect(summary).toContainEqual({
      question,
      answer: 'Not asked: your way of eating leaves it out',
    });
  }
  // A vegetarian was asked about dairy and eggs: those are her own answers.
  const vegetarian = formatAnswers({
    ...sampleAnswers,
    diet: { ...sampleAnswers.diet, pattern: 'vegetarian' },
  });
  expect(vegetarian).toContainEqual({ question: 'Eggs', answer: 'Rarely or never' });
  expect(vegetarian).toContainEqual({
    question: 'Red meat (beef, lamb, pork)',
    answer: 'Not asked: your way of eating leaves it out',
  });
});

test('answers saved before the diet step skipped them keep their own different answer', () => {
  const summary = formatAnswers({
    ...sampleAnswers,
    diet: { ...sampleAnswers.diet, eggs: 'weekly' },
  });
  expect(summary).toContainEqual({ question: 'Eggs', answer: 'Weekly' });
});

test('the summary leaves out pregnancy when sex is male, as the wizard does', () => {
  const summary = formatAnswers({
    ...sampleAnswers,
    about: { ageBand: '31-50', sex: 'male', pregnant: false },
  });
  expect(summary.map((entry) => entry.question)).not.toContain('Pregnant');
});

test('option lists follow the spec order and carry hints for medical words', () => {
  const kinds = optionsFor('symptoms.kinds');
  expect(kinds.map((option) => option.value)).toEqual([...SYMPTOM_KINDS]);
  expect(kinds.find((option) => option.value === 'coordination')?.hint).toMatch(/coordination/i);
  const medicines = optionsFor('health.medications');
  expect(medicines.find((option) => option.value === 'acid-reducer')?.hint).toMatch(/heartburn/i);
});
