// How far the draft is: the first unfinished step, and the whole answers once every step passes
// its schema. Checked with the scoring schemas (zod), so this module loads with the wizard, the
// results and the start page's resume buttons, not with the start page itself.
import { useMemo } from 'react';
import type { Answers } from '../../scoring';
import {
  answersSchema,
  fieldOf,
  isRecord,
  QUESTION_IDS,
  questionOf,
  sectionOf,
} from '../../scoring';
import type { DraftSteps } from './draft-store';
import { useDraftSteps } from './draft-store';
import { STEP_SCHEMAS } from './step-schemas';
import type { StepNumber } from './steps';
import { STEP_NUMBERS, stepKey } from './steps';

// Every store change re-runs the selectors; the draft object only changes on a real change, so
// the schema checks are done once per draft (zod runs without code generation under the CSP).
const gapCache = new WeakMap<DraftSteps, StepNumber | null>();

/** The first step whose values do not pass its schema, or null when every step is complete. */
export function firstIncompleteStep(steps: DraftSteps): StepNumber | null {
  const cached = gapCache.get(steps);
  if (cached !== undefined) return cached;
  let gap: StepNumber | null = null;
  for (const step of STEP_NUMBERS) {
    const key = stepKey(step);
    if (!STEP_SCHEMAS[key].safeParse(steps[key]).success) {
      gap = step;
      break;
    }
  }
  gapCache.set(steps, gap);
  return gap;
}

/** The whole answers when every step is complete, parsed through the answers schema; else null. */
export function draftToAnswers(steps: DraftSteps): Answers | null {
  if (firstIncompleteStep(steps) !== null) return null;
  // Each question's answer moves from its step's form to its path in the answers (the table says
  // which): 'diet.water' from the diet step to answers.diet.water, 'redFlags' from the
  // warning-signs step to answers.redFlags.
  const answers: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    const stepValues: Readonly<Record<string, unknown>> = steps[questionOf(id).step] ?? {};
    if (!Object.hasOwn(stepValues, fieldOf(id))) continue;
    const value = stepValues[fieldOf(id)];
    const section = sectionOf(id);
    if (section === undefined) answers[id] = value;
    else
      answers[section] = {
        ...(isRecord(answers[section]) ? answers[section] : {}),
        [fieldOf(id)]: value,
      };
  }
  const result = answersSchema.safeParse(answers);
  return result.success ? result.data : null;
}

/** The complete answers, or null while any step is unfinished. */
export function useCompletedAnswers(): Answers | null {
  const steps = useDraftSteps();
  return useMemo(() => draftToAnswers(steps), [steps]);
}

/** The first unfinished step (where Resume and the step guard go), or null when all are done. */
export function useFirstIncompleteStep(): StepNumber | null {
  return firstIncompleteStep(useDraftSteps());
}
