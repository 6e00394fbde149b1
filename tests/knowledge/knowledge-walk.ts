// Test helper: walks every fact the knowledge base shows people, so checks cover all of it.
// answer-labels.ts is tested by its own owner.
import { CAUTIONS } from '../../src/knowledge/cautions';
import { FOODS, DAILY_VALUES, FOOD_KEYS } from '../../src/knowledge/foods';
import { LAB_TESTS } from '../../src/knowledge/lab-tests';
import { EVIDENCE_LABELS, NUTRIENTS } from '../../src/knowledge/nutrients';
import { OTHER_CAUSES } from '../../src/knowledge/other-causes';
import {
  DISCLAIMER,
  PREVENTION_HABITS,
  WHEN_TO_SEE_A_DOCTOR,
} from '../../src/knowledge/prevention';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { PRIMARY_LINKS, SOURCES } from '../../src/knowledge/sources';
import { TRIAGE_ADVICE, TRIAGE_RULE_TEXT } from '../../src/knowledge/triage-advice';
import { isRecord } from '../../src/scoring';

/** Every knowledge export, by name, so a failure says where it is. */
export const KNOWLEDGE: Record<string, unknown> = {
  NUTRIENTS,
  EVIDENCE_LABELS,
  FOODS,
  FOOD_KEYS,
  DAILY_VALUES,
  LAB_TESTS,
  RED_FLAGS,
  TRIAGE_ADVICE,
  TRIAGE_RULE_TEXT,
  OTHER_CAUSES,
  CAUTIONS,
  PREVENTION_HABITS,
  WHEN_TO_SEE_A_DOCTOR,
  DISCLAIMER,
  SOURCES,
  PRIMARY_LINKS,
};

/** One node met on the walk: its path (e.g. 'NUTRIENTS.iron.role') and value. */
export interface Visit {
  path: string;
  value: unknown;
}

/** Every value inside the knowledge base, depth first. */
export function walk(root: Record<string, unknown> = KNOWLEDGE): Visit[] {
  const visits: Visit[] = [];
  const visit = (path: string, value: unknown): void => {
    visits.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, index) => visit(`${path}[${index}]`, item));
    else if (isRecord(value))
      for (const [key, child] of Object.entries(value)) visit(`${path}.${key}`, child);
  };
  for (const [name, value] of Object.entries(root)) visit(name, value);
  return visits;
}

// Plain objects (not arrays) met on the walk: the app's own guard.
export { isRecord } from '../../src/scoring';

/** Every string people may read, with its path. */
export function strings(root?: Record<string, unknown>): Array<{ path: string; text: string }> {
  return walk(root).flatMap(({ path, value }) =>
    typeof value === 'string' ? [{ path, text: value }] : [],
  );
}
