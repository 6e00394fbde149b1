// Each wizard step's schema: the scoring module's, the one truth the forms validate against.
import type { z } from 'zod/mini';
import {
  aboutSchema,
  dietSchema,
  healthSchema,
  lifestyleSchema,
  symptomsSchema,
  timingSchema,
  warningSignsStepSchema,
} from '../../scoring';
import type { StepKey } from './steps';

/** The scoring module's schema for each step. */
export const STEP_SCHEMAS = {
  about: aboutSchema,
  symptoms: symptomsSchema,
  timing: timingSchema,
  diet: dietSchema,
  lifestyle: lifestyleSchema,
  health: healthSchema,
  warningSigns: warningSignsStepSchema,
} as const satisfies Record<StepKey, z.ZodMiniType>;

/** What each step holds once it is valid. */
export type StepValues = { [K in StepKey]: z.infer<(typeof STEP_SCHEMAS)[K]> };
