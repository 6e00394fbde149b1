// Saved results built from real answers and the real `assess`, so every fixture is valid.
import { assess, SCORING_VERSION } from '../../../src/scoring';
import type { Answers } from '../../../src/scoring';
import { HISTORY_VERSION } from '../../../src/features/history/persistence';
import type { Snapshot } from '../../../src/features/history/schema';
import { answersWith, VEGAN_DIET } from '../../scoring/fixtures';

/** A woman with night cramps, little to drink. */
export const CRAMPS_ANSWERS: Answers = answersWith({
  about: { sex: 'female', ageBand: '51-70' },
  symptoms: { kinds: ['cramps'] },
  timing: { when: ['night'], duration: 'weeks' },
  diet: { water: 'under-4-glasses', dairy: 'rarely' },
});

/** A vegan with pins and needles, for months. */
export const TINGLING_ANSWERS: Answers = answersWith({
  symptoms: { kinds: ['tingling', 'fatigue'] },
  timing: { duration: 'months' },
  diet: VEGAN_DIET,
  health: { medications: ['metformin'] },
});

/** A saved result with a fixed id and time. */
export function snapshotOf(
  answers: Answers,
  id: string,
  createdAt: string,
  extra: Partial<Snapshot> = {},
): Snapshot {
  return {
    id,
    createdAt,
    answers,
    assessment: assess(answers),
    scoringVersion: SCORING_VERSION,
    ...extra,
  };
}

/** Two saved results, newest first. */
export const OLDER = snapshotOf(CRAMPS_ANSWERS, 'older-1', '2025-01-10T09:30:00.000Z');
/** The newer one of the two. */
export const NEWER = snapshotOf(TINGLING_ANSWERS, 'newer-2', '2025-03-14T17:05:00.000Z', {
  note: 'Ask about B12 <b>not bold</b>',
});

/** Text as the history store keeps it under 'legcheck-history'. */
export function storedHistory(
  entries: unknown[],
  deletedIds: string[] = [],
  version = HISTORY_VERSION,
): string {
  return JSON.stringify({ state: { entries, deletedIds }, version });
}
