// Clinical cases written from ../shared/reference (nutrients.md sections 1-9, red-flags.md):
// answers -> the triage level, the factor that must lead, tests and other causes that must appear.
import { expect, test } from 'vitest';
import { assess } from '../../src/scoring';
import type {
  Band,
  LabTestId,
  NutrientId,
  OtherCauseId,
  TriageLevel,
  TriageRuleId,
  RedFlagId,
} from '../../src/scoring';
import { answersWith, VARIED_DIET, VEGAN_DIET } from './fixtures';
import type { AnswerChanges } from './fixtures';

interface Case {
  name: string;
  answers: AnswerChanges;
  level: TriageLevel;
  /** Exactly these triage reasons, in this order. */
  reasons?: readonly (RedFlagId | TriageRuleId)[];
  /** The first factor, or one of these when two are equally plausible. */
  leading?: NutrientId | readonly NutrientId[];
  /** These factors, in any order, take the first places. */
  top?: readonly NutrientId[];
  bands?: Partial<Record<NutrientId, Band>>;
  noLikely?: boolean;
  tests?: readonly LabTestId[];
  /** Exactly these other causes (empty: none). */
  otherCauses?: readonly OtherCauseId[];
}

const cases: Case[] = [
  {
    name: 'vegan with tingling and numbness for months: B12 leads, see a doctor',
    answers: {
      diet: VEGAN_DIET,
      symptoms: { kinds: ['tingling', 'numbness'] },
      timing: { duration: 'months' },
    },
    level: 'see-doctor',
    reasons: ['lasting-weeks', 'nerve-symptoms'],
    leading: 'vitamin-b12',
    bands: { 'vitamin-b12': 'likely' },
    tests: ['vitamin-b12', 'full-blood-count'],
    otherCauses: [],
  },
  {
    name: 'restless legs in the evening with heavy periods: iron leads',
    answers: {
      about: { sex: 'female', ageBand: '31-50' },
      symptoms: { kinds: ['restless-legs'] },
      timing: { when: ['evening-rest'], duration: 'months' },
      health: { conditions: ['heavy-periods'] },
    },
    level: 'see-doctor',
    reasons: ['lasting-weeks'],
    leading: 'iron',
    bands: { iron: 'likely' },
    tests: ['ferritin', 'full-blood-count'],
  },
  ...(
    [
      'breathless-chest-pain',
      'cold-pale-leg',
      'saddle-numbness',
      'dark-urine',
      'rapid-weakness',
    ] as const
  ).map((flag): Case => ({
    name: `warning sign ${flag} means emergency`,
    answers: { redFlags: [flag] },
    level: 'emergency',
    reasons: [flag],
  })),
  {
    name: 'one swollen leg means urgent',
    answers: { redFlags: ['one-leg-swollen'], symptoms: { legs: 'one' } },
    level: 'urgent',
    reasons: ['one-leg-swollen'],
  },
  {
    name: 'pain that began with an injury means urgent',
    answers: { redFlags: ['injury'] },
    level: 'urgent',
    reasons: ['injury'],
  },
  {
    name: 'fever with hot red skin means urgent',
    answers: { redFlags: ['fever-hot-skin'] },
    level: 'urgent',
    reasons: ['fever-hot-skin'],
  },
  {
    name: 'sudden severe pain means urgent with no red flag ticked',
    answers: { timing: { onset: 'sudden' }, symptoms: { severity: 'severe' } },
    level: 'urgent',
    reasons: ['sudden-severe-pain'],
  },
  {
    name: 'an emergency sign outranks everything; urgent signs still listed, lower rules not',
    answers: {
      redFlags: ['injury', 'rapid-weakness'],
      timing: { duration: 'months', onset: 'sudden' },
      symptoms: { kinds: ['weakness'], severity: 'severe' },
      health: { medications: ['statin'] },
    },
    level: 'emergency',
    reasons: ['rapid-weakness', 'injury'],
    otherCauses: ['statin-muscle-symptoms'],
  },
  {
    name: 'an urgent sign and sudden severe pain are both reasons at the urgent level',
    answers: {
      redFlags: ['fever-hot-skin'],
      timing: { onset: 'sudden', duration: 'weeks' },
      symptoms: { severity: 'severe' },
    },
    level: 'urgent',
    reasons: ['fever-hot-skin', 'sudden-severe-pain'],
  },
  {
    name: 'statin with muscle aches points to the statin',
    answers: { health: { medications: ['statin'] }, symptoms: { kinds: ['aches'] } },
    level: 'see-doctor',
    reasons: ['statin-muscle-symptoms'],
    otherCauses: ['statin-muscle-symptoms'],
  },
  {
    name: 'calf pain on walking that eases with rest points to circulation',
    answers: { timing: { when: ['walking-eases-rest'] }, symptoms: { kinds: ['aches'] } },
    level: 'see-doctor',
    reasons: ['walking-pain-eases-rest'],
    otherCauses: ['circulation-claudication'],
  },
  {
    name: 'night cramps on a water pill: magnesium leads',
    answers: {
      symptoms: { kinds: ['cramps'] },
      timing: { when: ['night'] },
      health: { medications: ['diuretic'] },
    },
    level: 'self-care',
    reasons: ['no-warning-signs'],
    leading: 'magnesium',
    bands: { magnesium: 'possible' },
    tests: ['magnesium', 'electrolytes'],
  },
  {
    name: 'older adult indoors with darker skin and bone pain: vitamin D leads',
    answers: {
      about: { ageBand: '71+' },
      symptoms: { kinds: ['bone-pain'] },
      timing: { duration: 'months' },
      lifestyle: { sun: 'rarely' },
      health: { conditions: ['darker-skin'] },
    },
    level: 'see-doctor',
    leading: 'vitamin-d',
    bands: { 'vitamin-d': 'likely' },
    tests: ['25-hydroxy-vitamin-d'],
  },
  {
    name: 'malabsorption with poor coordination: vitamin E and B12 lead',
    answers: {
      symptoms: { kinds: ['coordination'] },
      timing: { duration: 'months' },
      health: { conditions: ['malabsorption'] },
    },
    level: 'see-doctor',
    reasons: ['lasting-weeks', 'nerve-symptoms'],
    top: ['vitamin-e', 'vitamin-b12'],
    tests: ['vitamin-b12', 'vitamin-e'],
  },
  {
    name: 'exercise cramps, heavy sweating, little to drink: fluid leads, and overuse is named',
    answers: {
      symptoms: { kinds: ['cramps'] },
      timing: { when: ['during-exercise', 'after-exercise'] },
      diet: { water: 'under-4-glasses' },
      lifestyle: { sweating: 'heavy' },
    },
    level: 'self-care',
    leading: 'hydration',
    tests: ['electrolytes'],
    otherCauses: ['overuse'],
  },
  {
    name: 'healthy varied diet, daily sun, brief mild aches: self-care and nothing likely',
    answers: {
      diet: VARIED_DIET,
      lifestyle: { sun: 'daily' },
      symptoms: { kinds: ['aches'], severity: 'mild' },
      timing: { duration: 'days' },
    },
    level: 'self-care',
    reasons: ['no-warning-signs'],
    noLikely: true,
    tests: [],
    otherCauses: [],
  },
  {
    name: 'shooting pain down one leg points to a trapped nerve',
    answers: { symptoms: { kinds: ['shooting-pain'], legs: 'one' } },
    level: 'see-doctor',
    reasons: ['nerve-symptoms'],
    otherCauses: ['nerve-compression'],
  },
  {
    name: 'numbness in one leg points to a trapped nerve too',
    answers: { symptoms: { kinds: ['numbness', 'aches'], legs: 'one' } },
    level: 'see-doctor',
    otherCauses: ['nerve-compression'],
  },
  {
    name: 'pregnant with heavy legs and night cramps: iron leads, see a doctor',
    answers: {
      about: { sex: 'female', pregnant: true },
      symptoms: { kinds: ['fatigue', 'cramps'] },
      timing: { when: ['night'] },
    },
    level: 'see-doctor',
    reasons: ['pregnancy-symptoms'],
    leading: 'iron',
    bands: { iron: 'possible' },
  },
  {
    name: 'metformin at 51-70 with tingling feet: B12 leads',
    answers: {
      about: { ageBand: '51-70' },
      symptoms: { kinds: ['tingling'] },
      timing: { duration: 'over-3-months' },
      health: { conditions: ['diabetes'], medications: ['metformin'] },
    },
    level: 'see-doctor',
    leading: 'vitamin-b12',
    tests: ['vitamin-b12', 'full-blood-count'],
  },
  {
    name: 'long-term acid reducer with cramps and twitching: magnesium leads',
    answers: {
      symptoms: { kinds: ['cramps', 'spasms'] },
      health: { medications: ['acid-reducer'] },
    },
    level: 'self-care',
    leading: 'magnesium',
    bands: { magnesium: 'possible' },
    tests: ['magnesium', 'electrolytes'],
  },
  {
    name: 'heavy drinking with numb, tingling feet: B12 leads',
    answers: {
      diet: { alcohol: 'heavy' },
      symptoms: { kinds: ['numbness', 'tingling'] },
      timing: { duration: 'months' },
    },
    level: 'see-doctor',
    leading: 'vitamin-b12',
    bands: { 'vitamin-b12': 'possible' },
  },
  {
    name: 'frequent blood donor with restless, tired legs: iron likely',
    answers: {
      symptoms: { kinds: ['restless-legs', 'fatigue'] },
      health: { conditions: ['frequent-blood-donation'] },
    },
    // Contract v2 (iron-cause-check): iron likely in a man means a doctor looks for the cause.
    level: 'see-doctor',
    reasons: ['iron-cause-check'],
    leading: 'iron',
    bands: { iron: 'likely' },
    tests: ['ferritin', 'full-blood-count'],
  },
  {
    name: 'vegetarian with tired, weak legs: iron leads, weakness needs a doctor',
    answers: {
      diet: { pattern: 'vegetarian', redMeat: 'rarely', fattyFish: 'rarely' },
      symptoms: { kinds: ['fatigue', 'weakness'] },
    },
    level: 'see-doctor',
    // Contract v2: iron possible in a man also calls for a look for the cause.
    reasons: ['weakness', 'iron-cause-check'],
    leading: 'iron',
    top: ['iron', 'vitamin-b12'],
  },
  {
    name: 'after bariatric surgery with numb feet: B12 leads',
    answers: {
      symptoms: { kinds: ['numbness'] },
      health: { conditions: ['bariatric-surgery'] },
    },
    level: 'see-doctor',
    leading: 'vitamin-b12',
    bands: { 'vitamin-b12': 'possible' },
  },
  {
    name: 'kidney disease with cramps: calcium leads, magnesium is not pushed up',
    answers: {
      symptoms: { kinds: ['cramps'] },
      health: { conditions: ['kidney-disease'] },
    },
    level: 'self-care',
    leading: 'calcium',
  },
  {
    name: 'bone pain indoors while already taking vitamin D: D stays below likely',
    answers: {
      symptoms: { kinds: ['bone-pain'] },
      lifestyle: { sun: 'rarely', supplements: ['vitamin-d'] },
    },
    level: 'self-care',
    leading: 'vitamin-d',
    noLikely: true,
  },
  {
    name: 'steroid tablets and epilepsy medicine with aches: vitamin D leads',
    answers: {
      symptoms: { kinds: ['aches'] },
      timing: { duration: 'weeks' },
      health: { medications: ['anticonvulsant', 'corticosteroid'] },
    },
    level: 'see-doctor',
    reasons: ['lasting-weeks'],
    leading: 'vitamin-d',
    bands: { 'vitamin-d': 'possible' },
    tests: ['25-hydroxy-vitamin-d'],
  },
  {
    name: 'woman over 70 rarely eating dairy, with cramps and spasms: calcium leads',
    answers: {
      about: { sex: 'female', ageBand: '71+' },
      symptoms: { kinds: ['cramps', 'spasms'] },
      diet: { dairy: 'rarely' },
    },
    level: 'self-care',
    leading: 'calcium',
    top: ['calcium', 'magnesium'],
    tests: ['calcium', 'electrolytes', 'magnesium'],
  },
  {
    name: 'exercise-only cramps with a food group missing: overuse is not assumed',
    answers: {
      symptoms: { kinds: ['cramps'] },
      timing: { when: ['after-exercise'] },
      diet: { leafyGreens: 'rarely' },
    },
    level: 'self-care',
    otherCauses: [],
  },
  {
    name: 'vegan exercise-only cramps: animal foods left out by choice still count as varied',
    answers: {
      symptoms: { kinds: ['cramps'] },
      timing: { when: ['during-exercise'] },
      diet: VEGAN_DIET,
    },
    level: 'self-care',
    otherCauses: ['overuse'],
  },
  {
    name: 'cramps both at night and in exercise: not exercise only, so no overuse',
    answers: { symptoms: { kinds: ['cramps'] }, timing: { when: ['night', 'after-exercise'] } },
    level: 'self-care',
    otherCauses: [],
  },
];

test('the case table holds at least 25 cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
});

test.each(cases)('$name', (c) => {
  const result = assess(answersWith(c.answers));

  expect(result.triage.level).toBe(c.level);
  if (c.reasons) expect(result.triage.reasons).toEqual(c.reasons);

  const order = result.ranked.map((factor) => factor.nutrient);
  if (typeof c.leading === 'string') expect(order[0]).toBe(c.leading);
  else if (c.leading) expect(c.leading).toContain(order[0]);
  if (c.top) expect([...order.slice(0, c.top.length)].sort()).toEqual([...c.top].sort());

  for (const [nutrient, band] of Object.entries(c.bands ?? {})) {
    expect(result.ranked.find((factor) => factor.nutrient === nutrient)?.band).toBe(band);
  }
  if (c.noLikely) expect(result.ranked.map((factor) => factor.band)).not.toContain('likely');

  if (c.tests?.length === 0) expect(result.tests).toEqual([]);
  else for (const labTest of c.tests ?? []) expect(result.tests).toContain(labTest);
  if (c.otherCauses) expect(result.otherCauses).toEqual(c.otherCauses);
});

test('a factor explains itself: reasons name the answer and sum to the score', () => {
  const result = assess(
    answersWith({ diet: VEGAN_DIET, symptoms: { kinds: ['tingling', 'numbness'] } }),
  );
  const b12 = result.ranked[0];
  expect(b12?.nutrient).toBe('vitamin-b12');
  expect(b12?.reasons.slice(0, 3)).toEqual([
    { field: 'diet.pattern', value: 'vegan', weight: 25 },
    { field: 'symptoms.kinds', value: 'tingling', weight: 18 },
    { field: 'symptoms.kinds', value: 'numbness', weight: 18 },
  ]);
  expect(b12?.reasons.reduce((sum, reason) => sum + reason.weight, 0)).toBe(b12?.score);
});

test('a supplement already taken shows as a reason against its factor', () => {
  const result = assess(
    answersWith({ symptoms: { kinds: ['bone-pain'] }, lifestyle: { supplements: ['vitamin-d'] } }),
  );
  const vitaminD = result.ranked.find((factor) => factor.nutrient === 'vitamin-d');
  expect(vitaminD?.reasons).toContainEqual({
    field: 'lifestyle.supplements',
    value: 'vitamin-d',
    weight: -30,
  });
});

test('kidney disease counts against magnesium, since failing kidneys keep it', () => {
  const result = assess(answersWith({ health: { conditions: ['kidney-disease'] } }));
  const magnesium = result.ranked.find((factor) => factor.nutrient === 'magnesium');
  expect(magnesium?.reasons).toContainEqual({
    field: 'health.conditions',
    value: 'kidney-disease',
    weight: -5,
  });
});

test('pregnancy is a reason for iron, written as the boolean answer', () => {
  const result = assess(answersWith({ about: { sex: 'female', pregnant: true } }));
  const iron = result.ranked.find((factor) => factor.nutrient === 'iron');
  expect(iron?.reasons).toContainEqual({ field: 'about.pregnant', value: 'true', weight: 15 });
});

test('night cramps add only a modest magnesium point (trials show no benefit)', () => {
  const withNight = assess(
    answersWith({ symptoms: { kinds: ['cramps'] }, timing: { when: ['night'] } }),
  );
  const magnesium = withNight.ranked.find((factor) => factor.nutrient === 'magnesium');
  expect(magnesium?.reasons).toContainEqual({ field: 'timing.when', value: 'night', weight: 6 });
  expect(magnesium?.band).not.toBe('likely');
});

test('tests follow the ranking, each once', () => {
  const result = assess(
    answersWith({
      symptoms: { kinds: ['restless-legs', 'tingling', 'numbness'] },
      timing: { when: ['evening-rest'] },
      diet: VEGAN_DIET,
    }),
  );
  expect(result.ranked.slice(0, 2).map((factor) => factor.nutrient)).toEqual([
    'vitamin-b12',
    'iron',
  ]);
  expect(result.tests.slice(0, 3)).toEqual(['vitamin-b12', 'full-blood-count', 'ferritin']);
  expect(new Set(result.tests).size).toBe(result.tests.length);
});
