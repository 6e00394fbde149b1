// The evidence table behind the ranking: every point a factor can get or lose is one row here.
// Why each weight has its size, with the source ids, is in docs/decisions/001-scoring-weights.md.
// Source ids ('S16') are the keys of the reference's source list (../shared/reference/*.md) and
// of the knowledge module's SOURCES; scoring keeps them as plain strings so it stays self-contained.
import type { AnswerField, AnswerValue } from './answer-fields';
import {
  PROXIMAL_SYMPTOMS,
  STOCKING_SYMPTOMS,
  TETANY_MOVEMENTS,
  TETANY_SENSATIONS,
} from './groups';
import type { NutrientId } from './ids';

/** A source id from the reference's source key, e.g. 'S16'. */
export type SourceRef = `S${number}`;

/** Points a rule adds (positive) or takes away (negative) per factor. */
export type Effects = Partial<Record<NutrientId, number>>;

/** An extra condition of a combination rule: the answer at `field` is (or includes) one of `anyOf`. */
export type Condition = {
  [F in AnswerField]: { field: F; anyOf: readonly AnswerValue<F>[] };
}[AnswerField];

/**
 * A piece of evidence that several rows can each show, but that counts once: the TETANY pattern
 * (felt around the mouth, in the hands or both) and, where no TETANY place is said, its
 * movement-with-sensation half.
 */
export type OnceKey = 'tetany';

/**
 * One row of the table: when the answer at `field` is (or includes) `value`, and every `also`
 * condition holds, each factor in `effects` moves by its points, and the person sees the reason
 * `{ field, value, weight }`. Combination rules credit their points to one answer (`field`).
 * Rows that share a `once` key are one piece of evidence: only the first of them (in table
 * order) that applies counts.
 */
export type WeightRule = {
  [F in AnswerField]: {
    field: F;
    value: AnswerValue<F>;
    also?: readonly Condition[];
    effects: Effects;
    sources: readonly [SourceRef, ...SourceRef[]];
    once?: OnceKey;
    note?: string;
  };
}[AnswerField];

const EXERCISE: Condition = { field: 'timing.when', anyOf: ['during-exercise', 'after-exercise'] };

/** The one table of scoring weights: symptoms, timing, diet, lifestyle, health, age, pregnancy. */
export const WEIGHTS: readonly WeightRule[] = [
  // Symptoms: the seed's symptom table, graded by how specific each sign is (reference section 8).
  { field: 'symptoms.kinds', value: 'aches', effects: { 'vitamin-d': 15 }, sources: ['S35'] },
  {
    field: 'symptoms.kinds',
    value: 'weakness',
    effects: {
      'vitamin-d': 10,
      'vitamin-b12': 8,
      magnesium: 4,
      iron: 10,
      'vitamin-e': 4,
      hydration: 6,
    },
    sources: ['S35', 'S34', 'S22', 'S32', 'S33', 'S47'],
  },
  {
    field: 'symptoms.kinds',
    value: 'cramps',
    effects: { magnesium: 12, calcium: 10, 'vitamin-d': 4, hydration: 5 },
    sources: ['S22', 'S36', 'S35', 'S46'],
    note: 'Hydration only a little: the cramp-dehydration link rests on weak evidence (S46).',
  },
  {
    field: 'symptoms.kinds',
    value: 'spasms',
    effects: { magnesium: 14, calcium: 12 },
    sources: ['S22', 'S36'],
  },
  { field: 'symptoms.kinds', value: 'bone-pain', effects: { 'vitamin-d': 25 }, sources: ['S35'] },
  {
    field: 'symptoms.kinds',
    value: 'tingling',
    effects: { 'vitamin-b12': 18, calcium: 8, magnesium: 4, 'vitamin-e': 3 },
    sources: ['S34', 'S36', 'S22', 'S33'],
  },
  {
    field: 'symptoms.kinds',
    value: 'numbness',
    effects: { 'vitamin-b12': 18, 'vitamin-e': 5, calcium: 5, magnesium: 3 },
    sources: ['S34', 'S13', 'S33', 'S36', 'S22'],
  },
  {
    field: 'symptoms.kinds',
    value: 'shooting-pain',
    effects: { 'vitamin-b12': 14, 'vitamin-e': 3 },
    sources: ['S34', 'S33'],
  },
  {
    field: 'symptoms.kinds',
    value: 'coordination',
    effects: { 'vitamin-b12': 15, 'vitamin-e': 10 },
    sources: ['S34', 'S13', 'S33'],
  },
  {
    field: 'symptoms.kinds',
    value: 'restless-legs',
    effects: { iron: 25 },
    sources: ['S18', 'S19'],
    note: 'Iron for restless legs: moderate-certainty benefit in a Cochrane review (S18).',
  },
  {
    field: 'symptoms.kinds',
    value: 'fatigue',
    effects: { iron: 12, hydration: 8, 'vitamin-b12': 5, magnesium: 3 },
    sources: ['S32', 'S47', 'S34', 'S22'],
  },
  {
    field: 'symptoms.legs',
    value: 'one',
    effects: { 'vitamin-b12': -6, 'vitamin-e': -4 },
    sources: ['S34', 'S33', 'S81'],
    note: 'Deficiency nerve damage starts in both feet; one leg points to a local cause.',
  },

  // Timing combinations.
  {
    field: 'timing.when',
    value: 'evening-rest',
    also: [{ field: 'symptoms.kinds', anyOf: ['restless-legs'] }],
    effects: { iron: 10 },
    sources: ['S19', 'S18'],
  },
  {
    field: 'timing.when',
    value: 'night',
    also: [{ field: 'symptoms.kinds', anyOf: ['cramps'] }],
    effects: { magnesium: 6 },
    sources: ['S22', 'S16'],
    note: 'Kept modest: magnesium gave no meaningful benefit for ordinary night cramps (S16).',
  },
  {
    field: 'lifestyle.sweating',
    value: 'heavy',
    also: [EXERCISE],
    effects: { hydration: 10 },
    sources: ['S46', 'S47'],
    note: 'Exercise cramps are mostly neuromuscular fatigue; fluid loss is a weaker clue (S46).',
  },

  // Diet pattern: B12 occurs naturally only in animal foods; plant iron is less available.
  {
    field: 'diet.pattern',
    value: 'vegan',
    effects: { 'vitamin-b12': 25, calcium: 8, iron: 8, 'vitamin-d': 6 },
    sources: ['S31', 'S2', 'S30', 'S32', 'S1'],
  },
  {
    field: 'diet.pattern',
    value: 'vegetarian',
    effects: { 'vitamin-b12': 12, iron: 6 },
    sources: ['S31', 'S32'],
  },

  // Food groups: eaten rarely raises the nutrients they carry; most days lowers them.
  {
    field: 'diet.dairy',
    value: 'rarely',
    effects: { calcium: 10, 'vitamin-d': 5, 'vitamin-b12': 5 },
    sources: ['S7', 'S1', 'S2', 'S30'],
  },
  {
    field: 'diet.dairy',
    value: 'most-days',
    effects: { calcium: -8, 'vitamin-d': -3, 'vitamin-b12': -3 },
    sources: ['S7', 'S1', 'S2'],
  },
  { field: 'diet.fattyFish', value: 'rarely', effects: { 'vitamin-d': 8 }, sources: ['S1'] },
  { field: 'diet.fattyFish', value: 'most-days', effects: { 'vitamin-d': -6 }, sources: ['S1'] },
  {
    field: 'diet.redMeat',
    value: 'rarely',
    effects: { iron: 8, 'vitamin-b12': 5 },
    sources: ['S5', 'S8', 'S2'],
  },
  {
    field: 'diet.redMeat',
    value: 'most-days',
    effects: { iron: -6, 'vitamin-b12': -3 },
    sources: ['S5', 'S2'],
  },
  {
    field: 'diet.eggs',
    value: 'rarely',
    effects: { 'vitamin-d': 3, 'vitamin-b12': 3 },
    sources: ['S1', 'S2'],
  },
  {
    field: 'diet.eggs',
    value: 'most-days',
    effects: { 'vitamin-d': -2, 'vitamin-b12': -2 },
    sources: ['S1', 'S2'],
  },
  {
    field: 'diet.leafyGreens',
    value: 'rarely',
    effects: { magnesium: 8, calcium: 5, iron: 4, 'vitamin-e': 3 },
    sources: ['S3', 'S7', 'S5', 'S6'],
  },
  {
    field: 'diet.leafyGreens',
    value: 'most-days',
    effects: { magnesium: -5, calcium: -3, iron: -3, 'vitamin-e': -2 },
    sources: ['S3', 'S7', 'S5', 'S6'],
  },
  {
    field: 'diet.nutsSeeds',
    value: 'rarely',
    effects: { magnesium: 8, 'vitamin-e': 5 },
    sources: ['S3', 'S6'],
  },
  {
    field: 'diet.nutsSeeds',
    value: 'most-days',
    effects: { magnesium: -5, 'vitamin-e': -4 },
    sources: ['S3', 'S6'],
  },
  { field: 'diet.wholeGrains', value: 'rarely', effects: { magnesium: 6 }, sources: ['S3'] },
  { field: 'diet.wholeGrains', value: 'most-days', effects: { magnesium: -4 }, sources: ['S3'] },
  {
    field: 'diet.legumes',
    value: 'rarely',
    effects: { iron: 4, magnesium: 4 },
    sources: ['S5', 'S8', 'S3'],
  },
  {
    field: 'diet.legumes',
    value: 'most-days',
    effects: { iron: -3, magnesium: -3 },
    sources: ['S5', 'S3'],
  },
  {
    field: 'diet.fortifiedFoods',
    value: 'rarely',
    effects: { 'vitamin-d': 4, 'vitamin-b12': 4, calcium: 3 },
    sources: ['S1', 'S2', 'S7'],
  },
  {
    field: 'diet.fortifiedFoods',
    value: 'most-days',
    effects: { 'vitamin-d': -4, 'vitamin-b12': -6, calcium: -3 },
    sources: ['S1', 'S2', 'S7'],
    note: 'Fortified foods are a reliable B12 source for vegans (S2).',
  },

  // Drinks.
  {
    field: 'diet.water',
    value: 'under-4-glasses',
    effects: { hydration: 20 },
    sources: ['S10', 'S11', 'S12'],
  },
  { field: 'diet.water', value: '4-7-glasses', effects: { hydration: 6 }, sources: ['S10', 'S11'] },
  { field: 'diet.water', value: '8-plus-glasses', effects: { hydration: -10 }, sources: ['S10'] },
  {
    field: 'diet.alcohol',
    value: 'heavy',
    effects: { magnesium: 10, 'vitamin-b12': 8 },
    sources: ['S29', 'S24'],
  },

  // Sun and sweat.
  {
    field: 'lifestyle.sun',
    value: 'rarely',
    effects: { 'vitamin-d': 20 },
    sources: ['S28', 'S1'],
  },
  { field: 'lifestyle.sun', value: 'daily', effects: { 'vitamin-d': -12 }, sources: ['S1'] },
  {
    field: 'lifestyle.sweating',
    value: 'heavy',
    effects: { hydration: 12, magnesium: 3 },
    sources: ['S47', 'S46'],
  },
  {
    field: 'lifestyle.sweating',
    value: 'moderate',
    effects: { hydration: 4 },
    sources: ['S47'],
  },

  // Supplements already taken: they only ever lower a score (a test checks every row).
  {
    field: 'lifestyle.supplements',
    value: 'vitamin-d',
    effects: { 'vitamin-d': -30 },
    sources: ['S1'],
  },
  {
    field: 'lifestyle.supplements',
    value: 'vitamin-b12',
    effects: { 'vitamin-b12': -30 },
    sources: ['S2'],
  },
  {
    field: 'lifestyle.supplements',
    value: 'b12-injections',
    effects: { 'vitamin-b12': -30 },
    sources: ['S2'],
    note: 'Injections bypass the gut, so they treat B12 even with an absorption problem (contract v2).',
  },
  {
    field: 'lifestyle.supplements',
    value: 'magnesium',
    effects: { magnesium: -25 },
    sources: ['S3'],
  },
  {
    field: 'lifestyle.supplements',
    value: 'calcium',
    effects: { calcium: -25 },
    sources: ['S4'],
  },
  { field: 'lifestyle.supplements', value: 'iron', effects: { iron: -25 }, sources: ['S5'] },
  {
    field: 'lifestyle.supplements',
    value: 'vitamin-e',
    effects: { 'vitamin-e': -25 },
    sources: ['S6'],
  },
  {
    field: 'lifestyle.supplements',
    value: 'multivitamin',
    effects: {
      'vitamin-d': -6,
      'vitamin-b12': -6,
      magnesium: -4,
      calcium: -4,
      iron: -6,
      'vitamin-e': -6,
    },
    sources: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'],
    note: 'A multivitamin holds smaller amounts than a single supplement, so it lowers less.',
  },

  // Conditions.
  {
    field: 'health.conditions',
    value: 'malabsorption',
    effects: {
      'vitamin-e': 20,
      'vitamin-d': 15,
      'vitamin-b12': 15,
      iron: 12,
      magnesium: 10,
      calcium: 8,
    },
    sources: ['S13', 'S33', 'S28', 'S31', 'S32', 'S20', 'S29', 'S30'],
  },
  {
    field: 'health.conditions',
    value: 'bariatric-surgery',
    effects: {
      'vitamin-b12': 20,
      iron: 15,
      'vitamin-d': 15,
      'vitamin-e': 10,
      calcium: 8,
      magnesium: 6,
    },
    sources: ['S31', 'S32', 'S28', 'S13', 'S30', 'S29'],
  },
  {
    field: 'health.conditions',
    value: 'kidney-disease',
    effects: { calcium: 10, 'vitamin-d': 8, iron: 8, magnesium: -5 },
    sources: ['S30', 'S28', 'S32', 'S20', 'S22'],
    note: 'Magnesium goes down: failing kidneys keep magnesium, and supplements can build up.',
  },
  {
    field: 'health.conditions',
    value: 'heavy-periods',
    effects: { iron: 20 },
    sources: ['S32', 'S20'],
  },
  {
    field: 'health.conditions',
    value: 'frequent-blood-donation',
    effects: { iron: 20 },
    sources: ['S32'],
  },
  {
    field: 'health.conditions',
    value: 'diabetes',
    effects: { magnesium: 10, hydration: 3 },
    sources: ['S29', 'S47'],
  },
  {
    field: 'health.conditions',
    value: 'darker-skin',
    effects: { 'vitamin-d': 15 },
    sources: ['S28'],
  },

  // Contract v2 conditions.
  {
    field: 'health.conditions',
    value: 'pernicious-anaemia',
    effects: { 'vitamin-b12': 30 },
    sources: ['S31', 'S24'],
    note: 'No intrinsic factor: food and low-dose tablets are not enough (reference 2.3, 2.7).',
  },
  {
    field: 'health.conditions',
    value: 'stomach-bowel-surgery',
    effects: { 'vitamin-b12': 20, magnesium: 8 },
    sources: ['S31', 'S29'],
    note: 'Gastrectomy or ileal resection: loss of intrinsic factor or of the absorbing gut (2.3, 3.3).',
  },
  {
    field: 'health.conditions',
    value: 'recent-diarrhoea-vomiting',
    effects: { hydration: 15, magnesium: 6 },
    sources: ['S47', 'S29'],
    note: 'Acute losses of fluid (7.3) and of magnesium from the gut (3.3).',
  },
  {
    field: 'health.conditions',
    value: 'liver-disease',
    effects: { 'vitamin-e': 10, 'vitamin-d': 6 },
    sources: ['S13', 'S33', 'S28'],
    note: 'Cholestatic liver disease stops fat (vitamin E, D) being absorbed (6.3, 1.3).',
  },
  {
    field: 'health.conditions',
    value: 'fluid-restriction',
    effects: { hydration: 5 },
    sources: ['S47'],
    note: 'Deliberate fluid restriction is a hydration risk group (7.3); the band is capped at possible.',
  },

  // Where it is felt (contract v2 named patterns). Each credits its points to the place.
  {
    field: 'symptoms.where',
    value: 'feet',
    also: [
      { field: 'symptoms.legs', anyOf: ['both'] },
      { field: 'symptoms.kinds', anyOf: STOCKING_SYMPTOMS },
    ],
    effects: { 'vitamin-b12': 10 },
    sources: ['S34', 'S90'],
    note: 'STOCKING: a length-dependent neuropathy starts in both feet (S90); B12 is one cause (S34).',
  },
  {
    field: 'symptoms.where',
    value: 'thighs-hips',
    also: [{ field: 'symptoms.kinds', anyOf: PROXIMAL_SYMPTOMS }],
    effects: { 'vitamin-d': 12 },
    sources: ['S35'],
    note: 'PROXIMAL: low vitamin D weakens the muscles near the hips (waddling gait) (S35).',
  },
  // TETANY counts once (decision 001): felt around the mouth, in the hands, or both, it is one
  // pattern. Without a TETANY place, spasms or cramps with tingling or numbness are its
  // movement-with-sensation half: the same nerve-and-muscle irritability, without the place that
  // makes it specific, so a smaller weight (the size of the table's other combination rows).
  {
    field: 'symptoms.where',
    value: 'around-mouth',
    also: [
      { field: 'symptoms.kinds', anyOf: TETANY_MOVEMENTS },
      { field: 'symptoms.kinds', anyOf: TETANY_SENSATIONS },
    ],
    effects: { calcium: 15, magnesium: 10 },
    sources: ['S36', 'S22', 'S92'],
    once: 'tetany',
    note: 'TETANY: tingling around the mouth with spasms is the sign of low blood calcium (S36, S92) or magnesium (S22).',
  },
  {
    field: 'symptoms.where',
    value: 'hands-arms',
    also: [
      { field: 'symptoms.kinds', anyOf: TETANY_MOVEMENTS },
      { field: 'symptoms.kinds', anyOf: TETANY_SENSATIONS },
    ],
    effects: { calcium: 15, magnesium: 10 },
    sources: ['S36', 'S22', 'S92'],
    once: 'tetany',
    note: 'TETANY: spasms of the hands with tingling (S36, S22, S92).',
  },
  {
    field: 'symptoms.kinds',
    value: 'spasms',
    also: [{ field: 'symptoms.kinds', anyOf: TETANY_SENSATIONS }],
    effects: { calcium: 6, magnesium: 6 },
    sources: ['S36', 'S92', 'S22', 'S15'],
    once: 'tetany',
    note: 'Spasms with tingling or numbness, place not said: the irritability of low calcium (S36, S92) or magnesium (S22, S15).',
  },
  {
    field: 'symptoms.kinds',
    value: 'cramps',
    also: [{ field: 'symptoms.kinds', anyOf: TETANY_SENSATIONS }],
    effects: { calcium: 6, magnesium: 6 },
    sources: ['S36', 'S92', 'S22', 'S15'],
    once: 'tetany',
    note: 'Cramps with tingling or numbness, place not said: the irritability of low calcium (S36, S92) or magnesium (S22, S15).',
  },

  // Medicines.
  {
    field: 'health.medications',
    value: 'acid-reducer',
    effects: { 'vitamin-b12': 12, magnesium: 15, iron: 4 },
    sources: ['S24', 'S15', 'S26'],
    note: 'Taken for months: the FDA found low magnesium mostly after a year, some from 3 months (S15).',
  },
  {
    field: 'health.medications',
    value: 'acid-reducer',
    also: [{ field: 'symptoms.kinds', anyOf: ['cramps', 'spasms'] }],
    effects: { magnesium: 6 },
    sources: ['S15'],
    note: 'Spasms, cramps and tremor are the signs the FDA lists for low magnesium on these medicines (S15).',
  },
  {
    field: 'health.medications',
    value: 'metformin',
    effects: { 'vitamin-b12': 15, magnesium: 4 },
    sources: ['S24', 'S31', 'S29'],
    note: 'Magnesium a little: metformin implies type 2 diabetes, a magnesium risk group (S29).',
  },
  {
    field: 'health.medications',
    value: 'diuretic',
    effects: { magnesium: 12, hydration: 8 },
    sources: ['S22', 'S47'],
  },
  {
    field: 'health.medications',
    value: 'blood-thinner',
    effects: { iron: 5 },
    sources: ['S32', 'S84'],
    note: 'A little: bleeding from the gut is a cause of iron loss to look for (S84).',
  },
  {
    field: 'health.medications',
    value: 'nitrous-oxide',
    effects: { 'vitamin-b12': 35 },
    sources: ['S83'],
    note: 'Nitrous oxide inactivates B12 in the body; nerve damage even with a normal serum B12 (S83).',
  },
  {
    field: 'health.medications',
    value: 'anticonvulsant',
    effects: { 'vitamin-d': 12, calcium: 6, 'vitamin-e': 3 },
    sources: ['S23', 'S25', 'S27'],
  },
  {
    field: 'health.medications',
    value: 'corticosteroid',
    effects: { 'vitamin-d': 10, calcium: 8 },
    sources: ['S23', 'S25'],
  },

  // Age, sex and pregnancy.
  {
    field: 'about.ageBand',
    value: '51-70',
    effects: { 'vitamin-b12': 8, 'vitamin-d': 5, magnesium: 2 },
    sources: ['S31', 'S28', 'S29'],
  },
  {
    field: 'about.ageBand',
    value: '71+',
    effects: { 'vitamin-d': 12, 'vitamin-b12': 10, hydration: 10, magnesium: 5, calcium: 4 },
    sources: ['S28', 'S1', 'S31', 'S47', 'S12', 'S29', 'S51'],
  },
  {
    field: 'about.sex',
    value: 'female',
    also: [{ field: 'about.ageBand', anyOf: ['51-70', '71+'] }],
    effects: { calcium: 6 },
    sources: ['S30', 'S51'],
    note: 'After menopause bone loses calcium faster and absorption falls (S30).',
  },
  {
    field: 'about.sex',
    value: 'female',
    also: [{ field: 'about.ageBand', anyOf: ['18-30', '31-50'] }],
    effects: { iron: 5 },
    sources: ['S50', 'S32'],
    note: 'Women under 51 need more than twice the iron of men (18 mg vs 8 mg) (S50).',
  },
  {
    field: 'about.pregnant',
    value: 'true',
    effects: { iron: 15, calcium: 3, magnesium: 3, hydration: 3 },
    sources: ['S32', 'S50', 'S17', 'S10'],
  },
];
