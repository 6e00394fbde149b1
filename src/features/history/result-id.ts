// A saved result's id is derived from the run through the questionnaire (the draft's id) and
// its answers, so saving the same finished questionnaire again (a reload of /results, another
// tab) finds the same id: it is reused where it is, and a deletion of it is respected.
import { canonicalJson, fingerprint } from '../../lib/fingerprint';
import type { Answers } from '../../scoring';
import { deepEqual } from './deep-equal';
import type { PersistedHistory, Snapshot } from './schema';

/** The longest draft id used as it is; a longer one is shortened to its fingerprint. */
const MAX_PREFIX_LENGTH = 80;

/**
 * The id of the result of run `draftId` with these answers under these rules: at most 95
 * characters (ids may have 100) and never only dots (it ends in hex digits).
 */
export function savedResultId(draftId: string, answers: Answers, scoringVersion: number): string {
  const prefix =
    draftId.length > 0 && draftId.length <= MAX_PREFIX_LENGTH ? draftId : fingerprint(draftId);
  return `${prefix}-${fingerprint(canonicalJson({ answers, scoringVersion }))}`;
}

/** What saving a result with `id` should do, given the stored history. */
export type SaveDecision =
  { kind: 'reuse'; snapshot: Snapshot } | { kind: 'deleted' } | { kind: 'new' };

/**
 * The result with this id wherever it is in the list is reused; an id the person deleted is not
 * saved again; and, for results saved before ids were derived (random ids), an entry with the
 * same answers under the same rules is reused too, wherever it is.
 */
export function decideSave(
  history: PersistedHistory,
  id: string,
  answers: Answers,
  scoringVersion: number,
): SaveDecision {
  const same = history.entries.find((entry) => entry.id === id);
  if (same) return { kind: 'reuse', snapshot: same };
  if (history.deletedIds.includes(id)) return { kind: 'deleted' };
  const equal = history.entries.find(
    (entry) => entry.scoringVersion === scoringVersion && deepEqual(entry.answers, answers),
  );
  return equal ? { kind: 'reuse', snapshot: equal } : { kind: 'new' };
}
