// Type guards for ids that arrive as plain strings (a triage reason is either a warning sign or a
// triage rule), so every caller checks against the one list in ids.ts.
import { RED_FLAG_IDS, TRIAGE_RULE_IDS } from './ids';
import type { RedFlagId, TriageRuleId } from './ids';

/** True when `id` names a warning sign. */
export function isRedFlagId(id: string): id is RedFlagId {
  return RED_FLAG_IDS.some((flag) => flag === id);
}

/** True when `id` names a triage rule (a reason for the advice other than a warning sign). */
export function isTriageRuleId(id: string): id is TriageRuleId {
  return TRIAGE_RULE_IDS.some((rule) => rule === id);
}
