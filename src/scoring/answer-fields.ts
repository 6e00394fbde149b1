import type { Answers } from './answers';
import type {
  AgeBand,
  ALCOHOL_USES,
  ConditionId,
  DietPattern,
  Duration,
  Frequency,
  LEG_SIDES,
  MedicationId,
  ONSETS,
  SEVERITIES,
  Sex,
  SUN_EXPOSURES,
  SupplementId,
  SWEATING_LEVELS,
  SymptomKind,
  TimingPattern,
  WATER_INTAKES,
} from './ids';

/**
 * The value each dotted answer path can hold, as a reason's `value` string
 * (array answers: one item; booleans: 'true' / 'false').
 */
export interface AnswerValueMap {
  'about.ageBand': AgeBand;
  'about.sex': Sex;
  'about.pregnant': 'true' | 'false';
  'symptoms.kinds': SymptomKind;
  'symptoms.legs': (typeof LEG_SIDES)[number];
  'symptoms.severity': (typeof SEVERITIES)[number];
  'timing.when': TimingPattern;
  'timing.duration': Duration;
  'timing.onset': (typeof ONSETS)[number];
  'diet.pattern': DietPattern;
  'diet.dairy': Frequency;
  'diet.fattyFish': Frequency;
  'diet.redMeat': Frequency;
  'diet.eggs': Frequency;
  'diet.leafyGreens': Frequency;
  'diet.nutsSeeds': Frequency;
  'diet.wholeGrains': Frequency;
  'diet.legumes': Frequency;
  'diet.fortifiedFoods': Frequency;
  'diet.water': (typeof WATER_INTAKES)[number];
  'diet.alcohol': (typeof ALCOHOL_USES)[number];
  'lifestyle.sun': (typeof SUN_EXPOSURES)[number];
  'lifestyle.sweating': (typeof SWEATING_LEVELS)[number];
  'lifestyle.supplements': SupplementId;
  'health.conditions': ConditionId;
  'health.medications': MedicationId;
}

/** A dotted answer path that scoring reads, e.g. 'diet.dairy' (the brief's reason `field`). */
export type AnswerField = keyof AnswerValueMap;

/** One value of one answer path, e.g. 'rarely' for 'diet.dairy'. */
export type AnswerValue<F extends AnswerField> = AnswerValueMap[F];

/** Every answer path scoring reads, in questionnaire order (the order reasons tie-break on). */
export const ANSWER_FIELDS = [
  'about.ageBand',
  'about.sex',
  'about.pregnant',
  'symptoms.kinds',
  'symptoms.legs',
  'symptoms.severity',
  'timing.when',
  'timing.duration',
  'timing.onset',
  'diet.pattern',
  'diet.dairy',
  'diet.fattyFish',
  'diet.redMeat',
  'diet.eggs',
  'diet.leafyGreens',
  'diet.nutsSeeds',
  'diet.wholeGrains',
  'diet.legumes',
  'diet.fortifiedFoods',
  'diet.water',
  'diet.alcohol',
  'lifestyle.sun',
  'lifestyle.sweating',
  'lifestyle.supplements',
  'health.conditions',
  'health.medications',
] as const satisfies readonly AnswerField[];

/** Each answer path's values as a list (one item for single choices), read once per call. */
export type AnswerValues = { readonly [F in AnswerField]: readonly AnswerValue<F>[] };

/** Flattens valid answers into lists keyed by dotted path, so rules can match them as data. */
export function readAnswers(answers: Answers): AnswerValues {
  const { about, symptoms, timing, diet, lifestyle, health } = answers;
  return {
    'about.ageBand': [about.ageBand],
    'about.sex': [about.sex],
    'about.pregnant': [about.pregnant ? 'true' : 'false'],
    'symptoms.kinds': symptoms.kinds,
    'symptoms.legs': [symptoms.legs],
    'symptoms.severity': [symptoms.severity],
    'timing.when': timing.when,
    'timing.duration': [timing.duration],
    'timing.onset': [timing.onset],
    'diet.pattern': [diet.pattern],
    'diet.dairy': [diet.dairy],
    'diet.fattyFish': [diet.fattyFish],
    'diet.redMeat': [diet.redMeat],
    'diet.eggs': [diet.eggs],
    'diet.leafyGreens': [diet.leafyGreens],
    'diet.nutsSeeds': [diet.nutsSeeds],
    'diet.wholeGrains': [diet.wholeGrains],
    'diet.legumes': [diet.legumes],
    'diet.fortifiedFoods': [diet.fortifiedFoods],
    'diet.water': [diet.water],
    'diet.alcohol': [diet.alcohol],
    'lifestyle.sun': [lifestyle.sun],
    'lifestyle.sweating': [lifestyle.sweating],
    'lifestyle.supplements': lifestyle.supplements,
    'health.conditions': health.conditions,
    'health.medications': health.medications,
  };
}

/** True when the answer at `field` is `value` (single choice) or includes it (multiple choice). */
export function answerHas<F extends AnswerField>(
  values: AnswerValues,
  field: F,
  value: AnswerValue<F>,
): boolean {
  // The mapped type cannot narrow per key through a generic index, so compare as strings.
  const list: readonly string[] = values[field];
  return list.includes(value);
}
