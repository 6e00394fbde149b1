// Each wizard step's schema: the scoring module's, derived from the question table, the one
// truth the forms validate against.
import type { z } from 'zod/mini';
import type { StepDraft } from './draft-schema';
import { STEP_SCHEMAS } from '../../scoring';
import type { StepKey } from './steps';

export { STEP_SCHEMAS };

/** What each step holds once it is valid. */
export type StepValues = { [K in StepKey]: z.infer<(typeof STEP_SCHEMAS)[K]> };

/**
 * One step's schema, typed for its form: what the form holds while answering in, the step's valid
 * values out. TypeScript cannot follow a generic key through the mapped table, so the one cast
 * lives here; every step's schema is exactly STEP_SCHEMAS[step] (tests/knowledge/questions-table).
 */
export function stepSchemaOf<K extends StepKey>(
  step: K,
): z.ZodMiniType<StepValues[K], StepDraft<K>> {
  return STEP_SCHEMAS[step] as unknown as z.ZodMiniType<StepValues[K], StepDraft<K>>;
}
