import { BAND_WORDS } from '../../knowledge/band-words';
import { NUTRIENTS } from '../../knowledge/nutrients';
import type { TriageLevel } from '../../scoring';
import { SCORING_VERSION } from '../../scoring';
import type { Snapshot } from './schema';

/** The advice level of a saved result, short enough for a list. */
export const TRIAGE_LEVEL_WORDS: Record<TriageLevel, string> = {
  emergency: 'Emergency care advised',
  urgent: 'Same-day care advised',
  'see-doctor': 'Doctor’s appointment advised',
  'self-care': 'Self-care first',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** A saved result's time in the person's own locale and time zone. */
export function formatSavedAt(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** The factors that stood out (likely or possible), best first, as "Vitamin D (likely)". */
export function leadingFactors(snapshot: Snapshot): string[] {
  return snapshot.assessment.ranked
    .filter((factor) => factor.band !== 'unlikely')
    .map((factor) => `${NUTRIENTS[factor.nutrient].name} (${BAND_WORDS[factor.band].inline})`);
}

/** True when the result was scored by rules older than the app's. */
export function scoredWithOlderRules(snapshot: Snapshot): boolean {
  return snapshot.scoringVersion < SCORING_VERSION;
}

/** "1 result" / "3 results". */
export function countResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
