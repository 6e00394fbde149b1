// What to do at each triage level, and why each non-warning-sign triage rule matters.
// Levels and rules are fixed by ../shared/spec/questionnaire.md and src/scoring/ids.ts;
// the reasons come from ../shared/reference/red-flags.md and nutrients.md.
import type { TriageLevel, TriageRuleId } from '../scoring';
import type { SourceId, Sourced } from './sources';

/** The action for one triage level. */
export interface TriageAdvice {
  /** Short imperative headline, e.g. 'Call your local emergency number now'. */
  readonly action: string;
  readonly detail: string;
  readonly sourceIds: readonly SourceId[];
}

const triageAdvice = {
  emergency: {
    action: 'Call your local emergency number now',
    detail:
      'Or go to an emergency department straight away. Do not drive yourself. Some of these problems can cause lasting harm within hours.',
    sourceIds: ['S60', 'S63', 'S72'],
  },
  urgent: {
    action: 'Get seen today',
    detail:
      'Contact urgent care, an out-of-hours service or a same-day doctor today. If things get worse quickly, call your local emergency number.',
    sourceIds: ['S58', 'S73', 'S80'],
  },
  'see-doctor': {
    action: 'Book a doctor’s appointment',
    detail:
      'Book a routine appointment and ask whether the blood tests listed here make sense. Get help sooner if any warning sign appears.',
    sourceIds: ['S79', 'S81'],
  },
  'self-care': {
    action: 'Start with food, fluids and habits',
    detail:
      'Try the food and habit ideas below. See a doctor if the symptoms last, keep coming back or get worse, or if any warning sign appears.',
    sourceIds: ['S79', 'S81'],
  },
} as const satisfies Record<TriageLevel, TriageAdvice>;

/** What to do at each triage level. */
export const TRIAGE_ADVICE: Readonly<Record<TriageLevel, TriageAdvice>> = triageAdvice;

const triageRuleText = {
  'sudden-severe-pain': {
    text: 'Sudden, severe leg pain can come from a blocked artery, a blood clot or pressure building inside a muscle. It should be checked the same day.',
    sourceIds: ['S61', 'S63', 'S58', 'S68'],
  },
  'lasting-weeks': {
    text: 'Symptoms that last for weeks are worth a check-up. A doctor can look for causes such as thyroid problems, medicines or low nutrient levels.',
    sourceIds: ['S81'],
  },
  'nerve-symptoms': {
    text: 'Numbness, tingling, shooting pain or poor balance may come from the nerves, for example from low vitamin B12 or a trapped nerve. They are worth a doctor’s check.',
    sourceIds: ['S81', 'S79', 'S34'],
  },
  weakness: {
    text: 'Muscle weakness is not part of ordinary cramps. It may point to a nerve, muscle or vitamin D problem that a doctor should examine.',
    sourceIds: ['S81', 'S35'],
  },
  'statin-muscle-symptoms': {
    text: 'Muscle pain or weakness while taking a statin should be checked by a doctor. The doctor can do a blood test for muscle damage (creatine kinase, CK) and decide about the statin.',
    sourceIds: ['S75', 'S76', 'S77'],
  },
  'walking-pain-eases-rest': {
    text: 'Calf, thigh or buttock pain that comes on with walking and eases after a few minutes of rest may be a sign of narrowed leg arteries (peripheral arterial disease). A GP can check for this.',
    sourceIds: ['S65', 'S66'],
  },
  'pregnancy-symptoms': {
    text: 'Pregnancy raises the need for iron and fluids, and trials of supplements for pregnancy cramps are mixed. Mention leg symptoms to a midwife or doctor before adding a supplement for them. This is no reason to stop any folic acid or vitamin D a midwife or doctor has advised.',
    sourceIds: ['S50', 'S10', 'S17'],
  },
  'no-warning-signs': {
    text: 'None of the answers points to a warning sign. So it is fine to start with food, fluids and habits, and to see a doctor if the symptoms last or get worse.',
    sourceIds: ['S79', 'S81'],
  },
  // Contract v2.
  'sudden-weakness': {
    text: 'Weakness or numbness that came on suddenly can come from a stroke or a problem in the spine, which must be ruled out at once.',
    sourceIds: ['S81', 'S71'],
  },
  'tetany-signs': {
    text: 'Spasms or cramps with tingling around the mouth or in the hands can be signs of low calcium or magnesium in the blood. This should be checked the same day.',
    sourceIds: ['S36', 'S15'],
  },
  'iron-cause-check': {
    text: 'Low iron in a man, or in a woman after the menopause, often comes from slow blood loss, for example from the gut. So a doctor should look for the cause rather than rely on food alone.',
    sourceIds: ['S84', 'S20'],
  },
  'nitrous-oxide': {
    text: 'Nitrous oxide (laughing gas) used for fun can use up vitamin B12 and damage the nerves and spinal cord. The damage can grow while use goes on, and blood tests beyond the B12 level may be needed.',
    sourceIds: ['S83'],
  },
} as const satisfies Record<TriageRuleId, Sourced>;

/** Why each triage rule that is not a warning sign matters. */
export const TRIAGE_RULE_TEXT: Readonly<Record<TriageRuleId, Sourced>> = triageRuleText;
