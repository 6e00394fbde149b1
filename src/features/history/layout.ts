// What the history pages put where: every caution of a result once (the compare page), which
// cautions the summary for a doctor tells before the factors and which with each factor, and
// which saved results its chart covers. Plain rules with their own tests
// (tests/features/history/layout.test.ts), so the pages only draw them.
import type { CautionView, FactorView, ResultsModel } from '../results/results-model';
import type { Snapshot } from './schema';

/** A factor's cautions on paper: those the answers called for, and its interaction notes. */
export interface FactorCautionsOnPaper {
  readonly factor: FactorView;
  readonly fromAnswers: readonly CautionView[];
  readonly interactions: readonly CautionView[];
}

/** Every caution of the result, placed for paper. */
export interface CautionsOnPaper {
  /** Told after the advice, before the factors ("Before changing anything"). */
  readonly beforeChanging: readonly CautionView[];
  /** Told with the factor it qualifies. */
  readonly byFactor: readonly FactorCautionsOnPaper[];
}

/**
 * The results page's placing of the cautions, for paper. The general ones come first; paper has
 * no food lists, so a note about them (keep leafy greens steady on warfarin) joins the general
 * ones rather than being lost. Each factor then lists the other cautions that name it and, for a
 * factor worth checking (one whose foods and supplements the results page suggests), the
 * knowledge base's interaction notes.
 */
export function cautionsOnPaper(model: ResultsModel): CautionsOnPaper {
  const beforeChanging = [...model.generalCautions, ...model.foodCautions];
  const told = new Set(beforeChanging.map((caution) => caution.key));
  const byFactor = model.factors
    .map((factor) => ({
      factor,
      fromAnswers: factor.cautions.filter((caution) => !told.has(caution.key)),
      interactions: factor.band === 'unlikely' ? [] : factor.interactions,
    }))
    .filter((item) => item.fromAnswers.length + item.interactions.length > 0);
  return { beforeChanging, byFactor };
}

/**
 * Every caution a result's answers called for, once each, as its results page told them: those
 * on the advice as a whole first, then the one on the food lists, then those on each factor in
 * ranking order.
 */
export function everyCaution(model: ResultsModel): CautionView[] {
  const all = [
    ...model.generalCautions,
    ...model.foodCautions,
    ...model.factors.flatMap((factor) => factor.cautions),
  ];
  return [...new Map(all.map((caution) => [caution.key, caution])).values()];
}

/**
 * The results to chart with this one: the saved results up to and including it (the summary
 * speaks of its own date, not of what came after), and itself when it was never saved.
 */
export function resultsUpTo(snapshot: Snapshot, history: readonly Snapshot[]): Snapshot[] {
  const time = Date.parse(snapshot.createdAt);
  const earlier = history.filter(
    (entry) => entry.id !== snapshot.id && Date.parse(entry.createdAt) <= time,
  );
  return [...earlier, snapshot];
}
