// The ids of the domain contract (../shared/spec/questionnaire.md), in the spec's order.
// Every list here is the single source for its zod enum, its TypeScript type and the UI options.

/** Age bands the tool scores (adults only). */
export const AGE_BANDS = ['18-30', '31-50', '51-70', '71+'] as const;
/** Not an answer value: the wizard's "under 18" choice, which stops the questionnaire. */
export const UNDER_18 = 'under-18';
/** Sex, as the spec names it. */
export const SEXES = ['female', 'male', 'intersex-or-other'] as const;
/** Kinds of leg symptom. */
export const SYMPTOM_KINDS = [
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
/**
 * Contract v2: where it is felt (a picture of the legs where people tap, and two places beyond
 * the legs). Optional in the answers: absent or empty means "not said" (v1 answers).
 */
export const BODY_AREAS = [
  'feet',
  'calves',
  'shins',
  'thighs-hips',
  'hands-arms',
  'around-mouth',
] as const;
/** One leg or both. */
export const LEG_SIDES = ['one', 'both'] as const;
/** How bad it is. */
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
/** When the symptoms come on. */
export const TIMING_PATTERNS = [
  'night',
  'evening-rest',
  'during-exercise',
  'after-exercise',
  'walking-eases-rest',
  'constant',
] as const;
/** How long it has been going on: under 1 week, 1-4 weeks, 1-3 months, longer. */
export const DURATIONS = ['days', 'weeks', 'months', 'over-3-months'] as const;
/** How it started. */
export const ONSETS = ['sudden', 'gradual'] as const;
/** Diet patterns. */
export const DIET_PATTERNS = ['omnivore', 'pescatarian', 'vegetarian', 'vegan'] as const;
/** The food groups whose frequency the diet step asks about, as answer keys. */
export const FOOD_GROUPS = [
  'dairy',
  'fattyFish',
  'redMeat',
  'eggs',
  'leafyGreens',
  'nutsSeeds',
  'wholeGrains',
  'legumes',
  'fortifiedFoods',
] as const;
/** How often a food group is eaten. */
export const FREQUENCIES = ['rarely', 'weekly', 'most-days'] as const;
/** Glasses of water or other drinks a day. */
export const WATER_INTAKES = ['under-4-glasses', '4-7-glasses', '8-plus-glasses'] as const;
/** Alcohol use. */
export const ALCOHOL_USES = ['none', 'moderate', 'heavy'] as const;
/** Time outdoors with some skin uncovered. */
export const SUN_EXPOSURES = ['rarely', 'some', 'daily'] as const;
/** Sweating from hard exercise, heat or physical work. */
export const SWEATING_LEVELS = ['low', 'moderate', 'heavy'] as const;
/** Supplements already taken regularly. */
export const SUPPLEMENT_IDS = [
  'vitamin-d',
  'vitamin-b12',
  'magnesium',
  'calcium',
  'iron',
  'vitamin-e',
  'multivitamin',
  // Contract v2: injections from a doctor or nurse, which treat a B12 shortfall even when the
  // gut cannot absorb it (a tablet may not).
  'b12-injections',
] as const;
/** Health conditions that change the odds of a shortfall. */
export const CONDITION_IDS = [
  'malabsorption',
  'bariatric-surgery',
  'kidney-disease',
  'heavy-periods',
  'frequent-blood-donation',
  'diabetes',
  'darker-skin',
  // Contract v2.
  'pernicious-anaemia',
  'stomach-bowel-surgery',
  'recent-diarrhoea-vomiting',
  'underactive-thyroid',
  'liver-disease',
  'fluid-restriction',
] as const;
/** Medicines that change the odds of a shortfall or cause muscle symptoms. */
export const MEDICATION_IDS = [
  'acid-reducer',
  'metformin',
  'diuretic',
  'statin',
  'anticonvulsant',
  'corticosteroid',
  // Contract v2.
  'blood-thinner',
  'nitrous-oxide',
] as const;
/** Warning signs that need care now. */
export const RED_FLAG_IDS = [
  'one-leg-swollen',
  'breathless-chest-pain',
  'cold-pale-leg',
  'saddle-numbness',
  'dark-urine',
  'rapid-weakness',
  'injury',
  'fever-hot-skin',
  // Contract v2.
  'very-unwell',
  'rest-pain-ulcer',
  'long-cramp',
] as const;

/** The seven factors, in the spec's order (the tie-break order of the ranking). */
export const NUTRIENT_IDS = [
  'vitamin-d',
  'vitamin-b12',
  'magnesium',
  'calcium',
  'iron',
  'vitamin-e',
  'hydration',
] as const;
/** Triage levels, most urgent first. */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see-doctor', 'self-care'] as const;
/** How likely a factor is to be involved. */
export const BANDS = ['likely', 'possible', 'unlikely'] as const;
/** Blood tests worth asking a doctor about. */
export const LAB_TEST_IDS = [
  '25-hydroxy-vitamin-d',
  'vitamin-b12',
  'ferritin',
  'full-blood-count',
  'magnesium',
  'calcium',
  'electrolytes',
  'vitamin-e',
  // Contract v2: the usual work-up a symptom pattern calls for, not only one per factor.
  'methylmalonic-acid',
  'transferrin-saturation',
  'kidney-function',
  'thyroid-function',
  'creatine-kinase',
  'hba1c',
  'homocysteine',
] as const;
/** Non-nutritional explanations the answers may point to. */
export const OTHER_CAUSE_IDS = [
  'statin-muscle-symptoms',
  'circulation-claudication',
  'nerve-compression',
  'overuse',
  // Contract v2.
  'thyroid',
  'diabetic-neuropathy',
] as const;
/**
 * Contract v2: safety notes the answers call for, shown with the advice they qualify. Each is
 * emitted whenever its trigger is in the answers (src/scoring/cautions.ts), whatever the bands,
 * unless its trigger names a band. Triggers that need v2 answers are never met by v1 answers.
 */
export const CAUTION_IDS = [
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

export type AgeBand = (typeof AGE_BANDS)[number];
export type Sex = (typeof SEXES)[number];
export type SymptomKind = (typeof SYMPTOM_KINDS)[number];
export type BodyArea = (typeof BODY_AREAS)[number];
export type TimingPattern = (typeof TIMING_PATTERNS)[number];
export type Duration = (typeof DURATIONS)[number];
export type DietPattern = (typeof DIET_PATTERNS)[number];
export type FoodGroup = (typeof FOOD_GROUPS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type SupplementId = (typeof SUPPLEMENT_IDS)[number];
export type ConditionId = (typeof CONDITION_IDS)[number];
export type MedicationId = (typeof MEDICATION_IDS)[number];
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
export type NutrientId = (typeof NUTRIENT_IDS)[number];
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];
export type Band = (typeof BANDS)[number];
export type LabTestId = (typeof LAB_TEST_IDS)[number];
export type OtherCauseId = (typeof OTHER_CAUSE_IDS)[number];
export type CautionId = (typeof CAUTION_IDS)[number];

/**
 * Rules other than a red flag that can set the triage level; they appear as ids in
 * `triage.reasons` next to red-flag ids.
 */
export const TRIAGE_RULE_IDS = [
  'sudden-severe-pain', // urgent: sudden, severe pain
  'lasting-weeks', // see-doctor: symptoms for weeks or longer
  'nerve-symptoms', // see-doctor: numbness, tingling, shooting pain or coordination trouble
  'weakness', // see-doctor: muscle weakness
  'statin-muscle-symptoms', // see-doctor: a statin with muscle symptoms
  'walking-pain-eases-rest', // see-doctor: pain on walking that eases with rest
  'pregnancy-symptoms', // see-doctor: symptoms in pregnancy
  'no-warning-signs', // self-care: nothing above applies
  // Contract v2. The raised levels of the long-cramp and rest-pain-ulcer warning signs are
  // reported with the red flag's own id, so they need no rule id here.
  'sudden-weakness', // emergency when new (days), urgent when weeks or longer: sudden weakness or numbness
  'tetany-signs', // urgent: spasms or cramps with tingling or numbness around the mouth or in the hands
  'iron-cause-check', // see-doctor: iron likely or possible where blood loss must be looked for
  'nitrous-oxide', // urgent with nerve symptoms, see-doctor otherwise
] as const;
export type TriageRuleId = (typeof TRIAGE_RULE_IDS)[number];

/** The triage level each warning sign calls for (spec: "Triage meaning"). */
export const RED_FLAG_LEVEL = {
  'one-leg-swollen': 'urgent',
  'breathless-chest-pain': 'emergency',
  'cold-pale-leg': 'emergency',
  'saddle-numbness': 'emergency',
  'dark-urine': 'emergency',
  'rapid-weakness': 'emergency',
  injury: 'urgent',
  'fever-hot-skin': 'urgent',
  // Contract v2. long-cramp and rest-pain-ulcer are raised to emergency by other answers
  // (src/scoring/triage.ts); this is the level each calls for on its own.
  'very-unwell': 'emergency',
  'rest-pain-ulcer': 'urgent',
  'long-cramp': 'urgent',
} as const satisfies Record<RedFlagId, 'emergency' | 'urgent'>;
