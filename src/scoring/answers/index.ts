import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { aboutSchema } from './about';
import { dietSchema } from './diet';
import { healthSchema } from './health';
import { lifestyleSchema } from './lifestyle';
import { redFlagsSchema } from './red-flags';
import { symptomsSchema } from './symptoms';
import { timingSchema } from './timing';

// zod/mini carries no messages of its own: English ones for the few issues no schema words
// itself (an unknown key, a wrong type), so that describeIssues always says what is wrong.
z.config(en());

/** The whole questionnaire, exactly the spec's Answers: composed from the step schemas. */
export const answersSchema = z.strictObject({
  about: aboutSchema,
  symptoms: symptomsSchema,
  timing: timingSchema,
  diet: dietSchema,
  lifestyle: lifestyleSchema,
  health: healthSchema,
  redFlags: redFlagsSchema,
});

/** Parsed, valid answers: the only input `assess` accepts. */
export type Answers = z.infer<typeof answersSchema>;

/** One line per problem, each naming the field, e.g. `about.ageBand: Choose your age group`. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
