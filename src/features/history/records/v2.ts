// Record version 2: a saved result as LegCheck stores and exports it from HISTORY_VERSION 3 and
// export formatVersion 2 (scoring rules 2 onwards): the assessment of contract v2, which adds
// `cautions` and the v2 blood tests, other causes and triage rule ids, and the answers of contract
// v2 (an optional `symptoms.where`, the v2 conditions, medicines, supplement and warning signs).
// The answer lists were widened to contract v2 once, before any build wrote a record v2 with
// them (issue 11, part 2), so that record version 2 means "contract v2" and no version 3 is
// needed; every record v2 written before that is still valid (the lists only grew).
//
// FROZEN. This file describes data on people's devices and in files they downloaded, so it never
// changes, and it imports nothing from src/scoring: every id list is copied here as it was, so
// that a change to the live ids cannot change what version 2 means. A new answer or assessment
// shape is a new record version (records/chain.ts says how; see
// docs/decisions/004-storage-format.md, "Record versions"), never an edit here.
import { z } from 'zod/mini';

const AGE_BANDS = ['18-30', '31-50', '51-70', '71+'] as const;
const SEXES = ['female', 'male', 'intersex-or-other'] as const;
const SYMPTOM_KINDS = [
  'aches',
  'weakness',
  'cramps',
  'spasms',
  'bone-pain',
  'tingling',
  'numbness',
  'shooting-pain',
  'coordination',
  'restless-legs',
  'fatigue',
] as const;
const BODY_AREAS = [
  'feet',
  'calves',
  'shins',
  'thighs-hips',
  'hands-arms',
  'around-mouth',
] as const;
const LEG_SIDES = ['one', 'both'] as const;
const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
const TIMING_PATTERNS = [
  'night',
  'evening-rest',
  'during-exercise',
  'after-exercise',
  'walking-eases-rest',
  'constant',
] as const;
const DURATIONS = ['days', 'weeks', 'months', 'over-3-months'] as const;
const ONSETS = ['sudden', 'gradual'] as const;
const DIET_PATTERNS = ['omnivore', 'pescatarian', 'vegetarian', 'vegan'] as const;
const FREQUENCIES = ['rarely', 'weekly', 'most-days'] as const;
const WATER_INTAKES = ['under-4-glasses', '4-7-glasses', '8-plus-glasses'] as const;
const ALCOHOL_USES = ['none', 'moderate', 'heavy'] as const;
const SUN_EXPOSURES = ['rarely', 'some', 'daily'] as const;
const SWEATING_LEVELS = ['low', 'moderate', 'heavy'] as const;
const SUPPLEMENT_IDS = [
  'vitamin-d',
  'vitamin-b12',
  'magnesium',
  'calcium',
  'iron',
  'vitamin-e',
  'multivitamin',
  'b12-injections',
] as const;
const CONDITION_IDS = [
  'malabsorption',
  'bariatric-surgery',
  'kidney-disease',
  'heavy-periods',
  'frequent-blood-donation',
  'diabetes',
  'darker-skin',
  'pernicious-anaemia',
  'stomach-bowel-surgery',
  'recent-diarrhoea-vomiting',
  'underactive-thyroid',
  'liver-disease',
  'fluid-restriction',
] as const;
const MEDICATION_IDS = [
  'acid-reducer',
  'metformin',
  'diuretic',
  'statin',
  'anticonvulsant',
  'corticosteroid',
  'blood-thinner',
  'nitrous-oxide',
] as const;
const RED_FLAG_IDS = [
  'one-leg-swollen',
  'breathless-chest-pain',
  'cold-pale-leg',
  'saddle-numbness',
  'dark-urine',
  'rapid-weakness',
  'injury',
  'fever-hot-skin',
  'very-unwell',
  'rest-pain-ulcer',
  'long-cramp',
] as const;
const NUTRIENT_IDS = [
  'vitamin-d',
  'vitamin-b12',
  'magnesium',
  'calcium',
  'iron',
  'vitamin-e',
  'hydration',
] as const;
const TRIAGE_LEVELS = ['emergency', 'urgent', 'see-doctor', 'self-care'] as const;
const BANDS = ['likely', 'possible', 'unlikely'] as const;
const LAB_TEST_IDS = [
  '25-hydroxy-vitamin-d',
  'vitamin-b12',
  'ferritin',
  'full-blood-count',
  'magnesium',
  'calcium',
  'electrolytes',
  'vitamin-e',
  'methylmalonic-acid',
  'transferrin-saturation',
  'kidney-function',
  'thyroid-function',
  'creatine-kinase',
  'hba1c',
  'homocysteine',
] as const;
const OTHER_CAUSE_IDS = [
  'statin-muscle-symptoms',
  'circulation-claudication',
  'nerve-compression',
  'overuse',
  'thyroid',
  'diabetic-neuropathy',
] as const;
const CAUTION_IDS = [
  'kidney-disease-supplements',
  'blood-thinner-vitamin-e',
  'warfarin-vitamin-k',
  'diuretic-calcium-vitamin-d',
  'iron-cause-check',
  'b12-absorption',
  'b12-food-bound',
  'pregnancy-supplements',
  'fluid-restriction',
  'thyroid-medicine-spacing',
] as const;

/** Several choices from a list: no repeats, and (where the questionnaire asked) at least one. */
function choices<const T extends readonly [string, ...string[]]>(values: T, atLeastOne = false) {
  const list = z.array(z.enum(values));
  const sized = atLeastOne ? list.check(z.minLength(1)) : list;
  return sized.check(
    z.refine((items) => new Set(items).size === items.length, {
      error: 'Each option can be chosen only once',
    }),
  );
}

const frequency = z.enum(FREQUENCIES);

/** Version 2 answers: contract v2 (a missing or empty `where` means "not said", as in v1). */
export const answersV2Schema = z.strictObject({
  about: z
    .strictObject({
      ageBand: z.enum(AGE_BANDS),
      sex: z.enum(SEXES),
      pregnant: z.boolean(),
    })
    .check(
      z.superRefine((about, ctx) => {
        if (about.sex === 'male' && about.pregnant) {
          ctx.addIssue({
            code: 'custom',
            path: ['pregnant'],
            message: 'Pregnancy is only asked when sex is not male',
          });
        }
      }),
    ),
  symptoms: z.strictObject({
    kinds: choices(SYMPTOM_KINDS, true),
    where: z.optional(choices(BODY_AREAS)),
    legs: z.enum(LEG_SIDES),
    severity: z.enum(SEVERITIES),
  }),
  timing: z.strictObject({
    when: choices(TIMING_PATTERNS, true),
    duration: z.enum(DURATIONS),
    onset: z.enum(ONSETS),
  }),
  diet: z.strictObject({
    pattern: z.enum(DIET_PATTERNS),
    dairy: frequency,
    fattyFish: frequency,
    redMeat: frequency,
    eggs: frequency,
    leafyGreens: frequency,
    nutsSeeds: frequency,
    wholeGrains: frequency,
    legumes: frequency,
    fortifiedFoods: frequency,
    water: z.enum(WATER_INTAKES),
    alcohol: z.enum(ALCOHOL_USES),
  }),
  lifestyle: z.strictObject({
    sun: z.enum(SUN_EXPOSURES),
    sweating: z.enum(SWEATING_LEVELS),
    supplements: choices(SUPPLEMENT_IDS),
  }),
  health: z.strictObject({
    conditions: choices(CONDITION_IDS),
    medications: choices(MEDICATION_IDS),
  }),
  redFlags: choices(RED_FLAG_IDS),
});

/** Version 2 assessment: triage, exactly seven ranked factors, tests, other causes, cautions. */
export const assessmentV2Schema = z.strictObject({
  triage: z.strictObject({
    level: z.enum(TRIAGE_LEVELS),
    // Red-flag ids and triage rule ids, kept as the strings the rules of the day wrote.
    reasons: z.array(z.string()),
  }),
  ranked: z
    .array(
      z.strictObject({
        nutrient: z.enum(NUTRIENT_IDS),
        score: z.number().check(z.minimum(0), z.maximum(100)),
        band: z.enum(BANDS),
        reasons: z.array(
          z.strictObject({
            field: z.string().check(z.minLength(1)),
            value: z.string(),
            weight: z.number(),
          }),
        ),
      }),
    )
    .check(z.length(NUTRIENT_IDS.length)),
  tests: z.array(z.enum(LAB_TEST_IDS)),
  otherCauses: z.array(z.enum(OTHER_CAUSE_IDS)),
  cautions: z.array(z.enum(CAUTION_IDS)),
});

/** One saved result, record version 2. */
export const recordV2Schema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  createdAt: z.iso.datetime({ offset: true }),
  answers: answersV2Schema,
  assessment: assessmentV2Schema,
  scoringVersion: z.int().check(z.minimum(0)),
  note: z.optional(z.string().check(z.maxLength(500))),
});

/** One saved result, record version 2. */
export type RecordV2 = z.infer<typeof recordV2Schema>;
