// The words of each wizard step: its heading, and the words of the results' link back to it.
// One table for the wizard and the answers summary; a new step without words fails the build.
import type { QuestionStep } from '../scoring';

/** Each step's heading and the words of its "change" link on the results page. */
export const STEP_WORDS = {
  about: { title: 'About you', changeWords: 'Change my answers about me' },
  symptoms: { title: 'Symptoms', changeWords: 'Change my symptoms' },
  timing: { title: 'Timing', changeWords: 'Change when it happens' },
  diet: { title: 'Diet', changeWords: 'Change my diet answers' },
  lifestyle: { title: 'Lifestyle', changeWords: 'Change my lifestyle answers' },
  health: { title: 'Health and medicines', changeWords: 'Change my health answers' },
  warningSigns: { title: 'Warning signs', changeWords: 'Change my warning signs' },
} as const satisfies Record<QuestionStep, { title: string; changeWords: string }>;
