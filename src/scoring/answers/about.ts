import { z } from 'zod/mini';
import { AGE_BANDS, SEXES, UNDER_18 } from '../ids';

/** Step 1, "About you": age band, sex, and pregnancy (only when sex is not male). */
export const aboutSchema = z
  .strictObject({
    ageBand: z.enum(AGE_BANDS, {
      error: (issue) =>
        issue.input === UNDER_18
          ? 'LegCheck is for adults (18 and over). Please talk to a doctor, or to a parent or carer.'
          : 'Choose your age group',
    }),
    sex: z.enum(SEXES, { error: 'Choose the option that fits you best' }),
    pregnant: z.boolean({ error: 'Say whether you are pregnant' }),
  })
  .check(
    z.superRefine((about, ctx) => {
      if (about.sex === 'male' && about.pregnant) {
        ctx.addIssue({
          code: 'custom',
          path: ['pregnant'],
          message: 'Pregnancy is only asked when sex is not male',
        });
      }
    }),
  );

/** Answers of step 1. */
export type About = z.infer<typeof aboutSchema>;
