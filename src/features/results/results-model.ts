import { BAND_WORDS } from '../../knowledge/band-words';
import { CAUTIONS } from '../../knowledge/cautions';
import type { Food } from '../../knowledge/foods';
import { foodsFor, foodsForSeveral } from '../../knowledge/foods';
import { LAB_TESTS } from '../../knowledge/lab-tests';
import { NUTRIENTS } from '../../knowledge/nutrients';
import { OTHER_CAUSES } from '../../knowledge/other-causes';
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

/** Everything the results page shows, derived from answers, assessment and the knowledge base. */
export interface ResultsModel {
  triage: TriageView;
  /** The cautions the answers call for that apply to no one nutrient: shown after the triage. */
  generalCautions: CautionView[];
  whenToSeeADoctor: Sourced;
  factors: FactorView[];
  foods: FoodGroupView[];
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

  // The cautions the assessment holds, in its order. A result saved before cautions existed has
  // none (its record migration gives `cautions: []`), so it shows none, as it did then.
  const cautionView = (id: CautionId): CautionView => {
    const caution = CAUTIONS[id];
    cite(caution.sourceIds);
    return { key: id, title: caution.title, text: caution.text, sourceIds: caution.sourceIds };
  };
  const cautionsFor = (nutrient: NutrientId): CautionView[] =>
    assessment.cautions.filter((id) => CAUTIONS[id].appliesTo.includes(nutrient)).map(cautionView);
  // A caution is shown near the top when it qualifies the advice as a whole, or when every
  // factor it qualifies is folded away as less likely (it would otherwise be out of sight).
  const shownOpen = new Set(
    assessment.ranked.filter((factor) => factor.band !== 'unlikely').map((f) => f.nutrient),
  );
  const generalCautions = assessment.cautions
    .filter((id) => !CAUTIONS[id].appliesTo.some((nutrient) => shownOpen.has(nutrient)))
    .map(cautionView);

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
      for (const food of fitting) cite(food.sourceIds);
      return { nutrient, name: NUTRIENTS[nutrient].name, shown, more };
    })
    .filter((group) => group.shown.length > 0);

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
    factors,
    foods,
    sharedFoods,
    tests,
    otherCauses,
    prevention,
    upperLimits,
    disclaimer: DISCLAIMER,
    sources: list(),
  };
}
