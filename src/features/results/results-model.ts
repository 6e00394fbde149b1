import { BAND_WORDS } from '../../knowledge/band-words';
import { CAUTIONS } from '../../knowledge/cautions';
import type { Food } from '../../knowledge/foods';
import { foodsFor, foodsForSeveral } from '../../knowledge/foods';
import { LAB_TESTS } from '../../knowledge/lab-tests';
import { NUTRIENTS } from '../../knowledge/nutrients';
import { OTHER_CAUSES } from '../../knowledge/other-causes';
import { firstFoods, LAB_TEST_SHORT_NAMES } from '../../knowledge/first-screen';
import { DISCLAIMER, PREVENTION_HABITS, WHEN_TO_SEE_A_DOCTOR } from '../../knowledge/prevention';
import { RED_FLAGS } from '../../knowledge/red-flags';
import type { Sourced, SourceId } from '../../knowledge/sources';
import type { CitedSource } from '../../knowledge/citations';
import { createCitations, sourceIdsOf } from '../../knowledge/citations';
import { TRIAGE_ADVICE, TRIAGE_RULE_TEXT } from '../../knowledge/triage-advice';
import { describeReason } from '../../knowledge/answer-labels';
import type {
  Answers,
  Assessment,
  Band,
  CautionId,
  NutrientId,
  RedFlagId,
  TriageLevel,
  TriageRuleId,
} from '../../scoring';
import { isRedFlagId, isTriageRuleId, redFlagLevel } from '../../scoring';

/** How many foods a list shows before the rest fold into "show more". */
export const FOODS_SHOWN = 5;

/** How many factors the first screen shows with a reason; any others are named with their band. */
export const FIRST_SCREEN_FACTORS = 3;

/** One warning sign the person ticked, with what it may mean and what to do. */
export interface RedFlagView {
  id: RedFlagId;
  level: 'emergency' | 'urgent';
  label: string;
  mayMean: Sourced;
  whatToDo: string;
  learnMore: { title: string; url: string };
  sourceIds: readonly SourceId[];
}

/** One non-warning-sign rule that set the triage level, in words. */
export interface TriageRuleView {
  id: TriageRuleId;
  text: Sourced;
}

/** The triage panel: the level as an action and the reasons behind it. */
export interface TriageView {
  level: TriageLevel;
  action: string;
  detail: Sourced;
  redFlags: RedFlagView[];
  rules: TriageRuleView[];
}

/** One answer that moved a factor, in the person's own words. */
export interface ReasonView {
  key: string;
  text: string;
}

/**
 * A safety note that qualifies a factor's advice (its foods, supplements and upper limit): what
 * to check with a doctor or pharmacist before acting on it.
 */
export interface CautionView {
  key: string;
  /** A short name for the note; the knowledge base's interaction notes have none. */
  title?: string;
  text: string;
  sourceIds: readonly SourceId[];
}

/** One ranked factor as the page shows it. */
export interface FactorView {
  nutrient: NutrientId;
  name: string;
  score: number;
  band: Band;
  bandWords: string;
  raising: ReasonView[];
  lowering: ReasonView[];
  role: Sourced;
  evidence: { question: string; label: string; why: string; sourceIds: readonly SourceId[] };
  /** The cautions the answers call for (`assessment.cautions`) that apply to this nutrient. */
  cautions: CautionView[];
  /**
   * The knowledge base's cautions for this nutrient (medicines it interacts with, harm from too
   * much): they hold for anyone who acts on its advice, whatever the answers.
   */
  interactions: CautionView[];
}

/** Foods for one likely or possible factor, already filtered to the person's diet. */
export interface FoodGroupView {
  nutrient: NutrientId;
  name: string;
  shown: readonly Food[];
  more: readonly Food[];
  /** The sources of every food in the group, shown and folded. */
  sourceIds: readonly SourceId[];
}

/** Foods that help with several of the person's factors at once: the first few, then the rest. */
export interface SharedFoodsView {
  shown: SharedFoodView[];
  more: SharedFoodView[];
}

/** A food that helps with several of the person's factors at once. */
export interface SharedFoodView {
  key: string;
  name: string;
  nutrientNames: string[];
  sourceIds: readonly SourceId[];
}

/** One factor worth checking on the first screen: its band, and the answer that moved it most. */
export interface FirstScreenFactorView {
  nutrient: NutrientId;
  name: string;
  band: Band;
  bandWords: string;
  /** The person's answer that raised it most, in their words; null when none raised it. */
  reason: string | null;
}

/** Where the full words of a caution are on the page. */
export type CautionPlace =
  { section: 'general' } | { section: 'foods' } | { section: 'factor'; nutrient: NutrientId };

/** What the first screen shows: the answer in one look, every detail in the sections below. */
export interface FirstScreenView {
  /** The factors worth checking, most likely first, at most FIRST_SCREEN_FACTORS of them. */
  factors: FirstScreenFactorView[];
  /** The other factors worth checking, named only, by band (most likely band first). */
  moreFactors: Array<{ band: Band; bandWords: string; names: string[] }>;
  /** Every blood test to ask about, in a few words. */
  tests: Array<{ id: string; name: string }>;
  /** The best two or three foods for the factors, fitted to the diet. */
  foods: Array<{ key: string; name: string; nutrientNames: string[] }>;
  /** Every caution the answers call for, by title, and where its words are. */
  cautions: Array<{ key: CautionId; title: string; place: CautionPlace }>;
}

/** Everything the results page shows, derived from answers, assessment and the knowledge base. */
export interface ResultsModel {
  triage: TriageView;
  /** The cautions the answers call for that apply to no one nutrient: shown after the triage. */
  generalCautions: CautionView[];
  whenToSeeADoctor: Sourced;
  firstScreen: FirstScreenView;
  factors: FactorView[];
  foods: FoodGroupView[];
  /** The cautions about the food lists themselves, shown once above them. */
  foodCautions: CautionView[];
  sharedFoods: SharedFoodsView;
  tests: Array<{ id: string; name: string; measures: string; sourceIds: readonly SourceId[] }>;
  otherCauses: Array<{
    id: string;
    title: string;
    why: Sourced;
    whatToDo: string;
    whatToDoSourceIds: readonly SourceId[];
    learnMore?: { title: string; url: string };
  }>;
  prevention: Array<{ id: string; title: string; text: string; sourceIds: readonly SourceId[] }>;
  upperLimits: Array<{
    nutrient: NutrientId;
    name: string;
    upperLimit: Sourced;
    /** The cautions the answers call for on this nutrient, shown with its limit. */
    cautions: CautionView[];
  }>;
  disclaimer: string;
  sources: CitedSource[];
}

function reasonsInWords(
  reasons: Assessment['ranked'][number]['reasons'],
  sign: 1 | -1,
): ReasonView[] {
  const texts = new Set<string>();
  return reasons
    .filter((reason) => Math.sign(reason.weight) === sign)
    .flatMap((reason) => {
      const text = describeReason(reason.field, reason.value);
      if (texts.has(text)) return [];
      texts.add(text);
      return [{ key: `${reason.field}=${reason.value}`, text }];
    });
}

/**
 * The answer that raised a factor most, in the person's words (the first of equals, in the
 * order scoring gave); null when no answer raised it.
 */
export function strongestReason(reasons: Assessment['ranked'][number]['reasons']): string | null {
  let strongest: (typeof reasons)[number] | undefined;
  for (const reason of reasons) {
    if (reason.weight > 0 && (!strongest || reason.weight > strongest.weight)) strongest = reason;
  }
  return strongest ? describeReason(strongest.field, strongest.value) : null;
}

/**
 * Derives what the results page shows. It decides nothing: the level, ranking, bands, tests,
 * other causes and cautions come from `assessment`; every sentence and figure comes from src/knowledge.
 */
export function buildResultsModel(answers: Answers, assessment: Assessment): ResultsModel {
  const { cite, list } = createCitations();
  const advice = TRIAGE_ADVICE[assessment.triage.level];

  // Warning signs first, most urgent first, then the other rules in the order scoring gave.
  const redFlags: RedFlagView[] = assessment.triage.reasons
    .filter(isRedFlagId)
    .map((id) => {
      const flag = RED_FLAGS[id];
      cite(flag.mayMean.sourceIds);
      cite(flag.sourceIds);
      return {
        id,
        // The level these answers call for: a long cramp with an injury is an emergency.
        level: redFlagLevel(id, answers),
        label: flag.label,
        mayMean: flag.mayMean,
        whatToDo: flag.whatToDo,
        learnMore: flag.learnMore,
        sourceIds: flag.sourceIds,
      };
    })
    .toSorted((a, b) => Number(b.level === 'emergency') - Number(a.level === 'emergency'));
  const rules: TriageRuleView[] = assessment.triage.reasons.filter(isTriageRuleId).map((id) => {
    const text = TRIAGE_RULE_TEXT[id];
    cite(text.sourceIds);
    return { id, text };
  });
  cite(advice.sourceIds);
  const triage: TriageView = {
    level: assessment.triage.level,
    action: advice.action,
    detail: { text: advice.detail, sourceIds: advice.sourceIds },
    redFlags,
    rules,
  };
  cite(WHEN_TO_SEE_A_DOCTOR.sourceIds);

  const worthLooking = assessment.ranked
    .filter((factor) => factor.band !== 'unlikely')
    .map((factor) => factor.nutrient);
  // Advice a caution holds back (a fluid limit: no drinks to add, no habit of drinking more).
  const withheld = assessment.cautions.map((id) => CAUTIONS[id].withholds);
  const foodsWithheld = new Set(withheld.flatMap((rule) => rule?.foodsFor ?? []));
  const habitsWithheld = new Set(withheld.flatMap((rule) => rule?.habits ?? []));
  const foodsWorthLooking = worthLooking.filter((nutrient) => !foodsWithheld.has(nutrient));

  const foods: FoodGroupView[] = foodsWorthLooking
    .map((nutrient) => {
      const fitting = foodsFor(nutrient, answers);
      const shown = fitting.slice(0, FOODS_SHOWN);
      const more = fitting.slice(FOODS_SHOWN);
      const sourceIds = cite(sourceIdsOf(fitting));
      return { nutrient, name: NUTRIENTS[nutrient].name, shown, more, sourceIds };
    })
    .filter((group) => group.shown.length > 0);

  // The cautions the assessment holds, in its order. A result saved before cautions existed has
  // none (its record migration gives `cautions: []`), so it shows none, as it did then.
  const cautionView = (id: CautionId): CautionView => {
    const caution = CAUTIONS[id];
    cite(caution.sourceIds);
    return { key: id, title: caution.title, text: caution.text, sourceIds: caution.sourceIds };
  };
  // Each caution is shown next to the advice it qualifies. One about the food lists only (keep
  // leafy greens steady on warfarin) is shown once above them, not in each factor it names.
  // One about the advice as a whole, or whose every factor (or, for a food caution, every food
  // list) is out of sight, is shown near the top.
  const foodListed = new Set(foods.map((group) => group.nutrient));
  const placeOf = (id: CautionId): CautionPlace => {
    const caution = CAUTIONS[id];
    if (caution.qualifies === 'foods') {
      return caution.appliesTo.some((nutrient) => foodListed.has(nutrient))
        ? { section: 'foods' }
        : { section: 'general' };
    }
    const open = worthLooking.find((nutrient) => caution.appliesTo.includes(nutrient));
    return open ? { section: 'factor', nutrient: open } : { section: 'general' };
  };
  const places = assessment.cautions.map((id) => ({ id, place: placeOf(id) }));
  const cautionsFor = (nutrient: NutrientId): CautionView[] =>
    assessment.cautions
      .filter((id) => CAUTIONS[id].qualifies === undefined)
      .filter((id) => CAUTIONS[id].appliesTo.includes(nutrient))
      .map(cautionView);
  const generalCautions = places
    .filter(({ place }) => place.section === 'general')
    .map(({ id }) => cautionView(id));
  const foodCautions = places
    .filter(({ place }) => place.section === 'foods')
    .map(({ id }) => cautionView(id));

  const factors: FactorView[] = assessment.ranked.map((factor) => {
    const nutrient = NUTRIENTS[factor.nutrient];
    cite(nutrient.role.sourceIds);
    cite(nutrient.evidence.sourceIds);
    const interactions = nutrient.cautions.map((caution, index) => {
      cite(caution.sourceIds);
      return {
        key: `${factor.nutrient}-interaction-${index}`,
        text: caution.text,
        sourceIds: caution.sourceIds,
      };
    });
    return {
      nutrient: factor.nutrient,
      name: nutrient.name,
      score: factor.score,
      band: factor.band,
      bandWords: BAND_WORDS[factor.band].label,
      raising: reasonsInWords(factor.reasons, 1),
      lowering: reasonsInWords(factor.reasons, -1),
      role: nutrient.role,
      evidence: {
        question: nutrient.evidence.question,
        label: nutrient.evidence.label,
        why: nutrient.evidence.why,
        sourceIds: nutrient.evidence.sourceIds,
      },
      cautions: cautionsFor(factor.nutrient),
      interactions,
    };
  });

  const shared: SharedFoodView[] = foodsForSeveral(foodsWorthLooking, answers).map((shared) => {
    const sourceIds = sourceIdsOf(shared.foods);
    cite(sourceIds);
    return {
      key: shared.key,
      name: shared.name,
      nutrientNames: shared.nutrients.map((id) => NUTRIENTS[id].name),
      sourceIds,
    };
  });
  const sharedFoods = { shown: shared.slice(0, FOODS_SHOWN), more: shared.slice(FOODS_SHOWN) };

  const tests = assessment.tests.map((id) => {
    const test = LAB_TESTS[id];
    cite(test.sourceIds);
    return { id, name: test.name, measures: test.measures, sourceIds: test.sourceIds };
  });

  const worthChecking = assessment.ranked.filter((factor) => factor.band !== 'unlikely');
  const firstScreen: FirstScreenView = {
    factors: worthChecking.slice(0, FIRST_SCREEN_FACTORS).map((factor) => ({
      nutrient: factor.nutrient,
      name: NUTRIENTS[factor.nutrient].name,
      band: factor.band,
      bandWords: BAND_WORDS[factor.band].label,
      reason: strongestReason(factor.reasons),
    })),
    moreFactors: (['likely', 'possible'] as const)
      .map((band) => ({
        band,
        bandWords: BAND_WORDS[band].label,
        names: worthChecking
          .slice(FIRST_SCREEN_FACTORS)
          .filter((factor) => factor.band === band)
          .map((factor) => NUTRIENTS[factor.nutrient].name),
      }))
      .filter((group) => group.names.length > 0),
    tests: assessment.tests.map((id) => ({ id, name: LAB_TEST_SHORT_NAMES[id] })),
    // The same nutrients as the food lists below, so a withheld list is withheld here too.
    foods: firstFoods(foodsWorthLooking, answers).map((food) => ({
      key: food.key,
      name: food.name,
      nutrientNames: food.nutrients.map((id) => NUTRIENTS[id].name),
    })),
    cautions: places.map(({ id, place }) => ({ key: id, title: CAUTIONS[id].title, place })),
  };

  const otherCauses = assessment.otherCauses.map((id) => {
    const cause = OTHER_CAUSES[id];
    cite(cause.why.sourceIds);
    cite(cause.sourceIds);
    return {
      id,
      title: cause.title,
      why: cause.why,
      whatToDo: cause.whatToDo,
      whatToDoSourceIds: cause.sourceIds,
      ...(cause.learnMore ? { learnMore: cause.learnMore } : {}),
    };
  });

  const prevention = PREVENTION_HABITS.filter((habit) => !habitsWithheld.has(habit.id)).map(
    (habit) => {
      cite(habit.sourceIds);
      return { id: habit.id, title: habit.title, text: habit.text, sourceIds: habit.sourceIds };
    },
  );

  const upperLimits = worthLooking.map((id) => {
    const nutrient = NUTRIENTS[id];
    cite(nutrient.upperLimit.sourceIds);
    return {
      nutrient: id,
      name: nutrient.name,
      upperLimit: nutrient.upperLimit,
      cautions: cautionsFor(id),
    };
  });

  return {
    triage,
    generalCautions,
    whenToSeeADoctor: WHEN_TO_SEE_A_DOCTOR,
    firstScreen,
    factors,
    foods,
    foodCautions,
    sharedFoods,
    tests,
    otherCauses,
    prevention,
    upperLimits,
    disclaimer: DISCLAIMER,
    sources: list(),
  };
}
