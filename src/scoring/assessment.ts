import { z } from 'zod/mini';
import {
  BANDS,
  CAUTION_IDS,
  LAB_TEST_IDS,
  NUTRIENT_IDS,
  OTHER_CAUSE_IDS,
  TRIAGE_LEVELS,
} from './ids';

/** One answer that moved a factor's score, signed: positive raises it, negative lowers it. */
export const reasonSchema = z.strictObject({
  field: z.string().check(z.minLength(1)),
  value: z.string(),
  // zod 4 numbers are finite: Infinity and NaN are refused.
  weight: z.number(),
});

/** One ranked factor. */
export const rankedFactorSchema = z.strictObject({
  nutrient: z.enum(NUTRIENT_IDS),
  score: z.number().check(z.minimum(0), z.maximum(100)),
  band: z.enum(BANDS),
  reasons: z.array(reasonSchema),
});

/** The spec's Assessment: the output of `assess`, also used to validate saved results. */
export const assessmentSchema = z.strictObject({
  triage: z.strictObject({
    level: z.enum(TRIAGE_LEVELS),
    reasons: z.array(z.string()),
  }),
  ranked: z.array(rankedFactorSchema).check(z.length(NUTRIENT_IDS.length)),
  tests: z.array(z.enum(LAB_TEST_IDS)),
  otherCauses: z.array(z.enum(OTHER_CAUSE_IDS)),
  // Contract v2. A result saved before v2 had none: records/chain.ts gives it `[]`.
  cautions: z.array(z.enum(CAUTION_IDS)),
});

/** What `assess` returns. */
export type Assessment = z.infer<typeof assessmentSchema>;
/** One ranked factor of an Assessment. */
export type RankedFactor = z.infer<typeof rankedFactorSchema>;
/** One reason of a ranked factor. */
export type Reason = z.infer<typeof reasonSchema>;
