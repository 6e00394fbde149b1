import { z } from 'zod/mini';
import { RED_FLAG_IDS } from '../ids';
import { choices } from './fields';

/** The warning signs as they appear in the answers: empty means "none of these". */
export const redFlagsSchema = choices(RED_FLAG_IDS, 'Choose from the listed warning signs');

/**
 * Step 7, "Warning signs", as the form holds it: the signs plus an explicit, exclusive
 * "None of these", so the step is never passed silently. `redFlags` is the answer itself.
 */
export const warningSignsStepSchema = z
  .strictObject({
    redFlags: redFlagsSchema,
    noneOfThese: z.boolean(),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.redFlags.length === 0 && !step.noneOfThese) {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags'],
          message: 'Tick any warning signs you notice, or tick "None of these"',
        });
      }
      if (step.redFlags.length > 0 && step.noneOfThese) {
        ctx.addIssue({
          code: 'custom',
          path: ['noneOfThese'],
          message: '"None of these" cannot be ticked together with a warning sign',
        });
      }
    }),
  );

/** The warning-signs step as the form holds it. */
export type WarningSignsStep = z.infer<typeof warningSignsStepSchema>;
