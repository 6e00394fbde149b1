import type { Answers } from './answers';
import type { Assessment, RankedFactor } from './assessment';
import { needsIronCauseCheck } from './cautions';
import { hasNerveSymptoms, hasTetanyPattern, NERVE_SYMPTOMS } from './groups';
import { RED_FLAG_IDS, RED_FLAG_LEVEL, TRIAGE_LEVELS } from './ids';
import type { RedFlagId, SymptomKind, TimingPattern, TriageLevel, TriageRuleId } from './ids';

/** Symptoms that count as muscle symptoms for the statin rule (pain, cramps, weakness, heaviness). */
export const MUSCLE_SYMPTOMS = [
  'aches',
  'weakness',
  'cramps',
  'spasms',
  'fatigue',
] as const satisfies readonly SymptomKind[];

const LASTING: readonly string[] = ['weeks', 'months', 'over-3-months'];
/** Weakness or numbness that came on suddenly: a stroke or the spinal cord first (contract v2). */
const SUDDEN_DEFICIT = ['weakness', 'numbness'] as const satisfies readonly SymptomKind[];
const suddenDeficit = ({ timing, symptoms }: Answers) =>
  timing.onset === 'sudden' && hasAny(symptoms.kinds, SUDDEN_DEFICIT);
const WALKING_PAIN: TimingPattern = 'walking-eases-rest';

/** A triage rule other than a red flag: its id, the level it calls for, and when it fires. */
export interface TriageRule {
  id: Exclude<TriageRuleId, 'no-warning-signs'>;
  level: Exclude<TriageLevel, 'self-care'>;
  fires: (answers: Answers, ranked: readonly RankedFactor[]) => boolean;
}

const hasAny = (kinds: readonly SymptomKind[], wanted: readonly SymptomKind[]) =>
  wanted.some((kind) => kinds.includes(kind));

/** The spec's non-red-flag triage rules, in TRIAGE_RULE_IDS order (the order of reasons). */
export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: 'sudden-severe-pain',
    level: 'urgent',
    fires: ({ timing, symptoms }) => timing.onset === 'sudden' && symptoms.severity === 'severe',
  },
  {
    id: 'lasting-weeks',
    level: 'see-doctor',
    fires: ({ timing }) => LASTING.includes(timing.duration),
  },
  {
    id: 'nerve-symptoms',
    level: 'see-doctor',
    fires: ({ symptoms }) => hasAny(symptoms.kinds, NERVE_SYMPTOMS),
  },
  {
    id: 'weakness',
    level: 'see-doctor',
    fires: ({ symptoms }) => symptoms.kinds.includes('weakness'),
  },
  {
    id: 'statin-muscle-symptoms',
    level: 'see-doctor',
    fires: ({ health, symptoms }) =>
      health.medications.includes('statin') && hasAny(symptoms.kinds, MUSCLE_SYMPTOMS),
  },
  {
    id: 'walking-pain-eases-rest',
    level: 'see-doctor',
    fires: ({ timing }) => timing.when.includes(WALKING_PAIN),
  },
  {
    id: 'pregnancy-symptoms',
    level: 'see-doctor',
    // Every valid answer has at least one symptom, so being pregnant is enough.
    fires: ({ about }) => about.pregnant,
  },
  // Contract v2. New (lasting days): emergency; came on suddenly weeks or longer ago: urgent.
  {
    id: 'sudden-weakness',
    level: 'emergency',
    fires: (answers) => suddenDeficit(answers) && answers.timing.duration === 'days',
  },
  {
    id: 'sudden-weakness',
    level: 'urgent',
    fires: (answers) => suddenDeficit(answers) && LASTING.includes(answers.timing.duration),
  },
  // Low blood calcium or magnesium can bring on spasms of the hands and throat (S36, S22).
  { id: 'tetany-signs', level: 'urgent', fires: hasTetanyPattern },
  {
    id: 'iron-cause-check',
    level: 'see-doctor',
    fires: needsIronCauseCheck,
  },
  // Nitrous oxide with nerve symptoms: the cord damage grows while use goes on (S83).
  {
    id: 'nitrous-oxide',
    level: 'urgent',
    fires: (answers) =>
      answers.health.medications.includes('nitrous-oxide') && hasNerveSymptoms(answers),
  },
  {
    id: 'nitrous-oxide',
    level: 'see-doctor',
    fires: (answers) => answers.health.medications.includes('nitrous-oxide'),
  },
];

/**
 * The level a ticked warning sign calls for with these answers: RED_FLAG_LEVEL, raised to
 * emergency (contract v2) for a long cramp with an injury, one swollen leg or severe pain
 * (compartment syndrome, S68, S69) and for rest pain or a foot sore with fever and hot skin (an
 * infected foot, S65). The raised level is reported with the warning sign's own id.
 */
export function redFlagLevel(
  flag: RedFlagId,
  answers: {
    readonly redFlags: readonly RedFlagId[];
    /** Optional so the wizard can ask while answers are still coming in. */
    readonly symptoms?: { readonly severity?: string | undefined } | undefined;
  },
): 'emergency' | 'urgent' {
  const flags = answers.redFlags;
  if (
    flag === 'long-cramp' &&
    (flags.includes('injury') ||
      flags.includes('one-leg-swollen') ||
      answers.symptoms?.severity === 'severe')
  ) {
    return 'emergency';
  }
  if (flag === 'rest-pain-ulcer' && flags.includes('fever-hot-skin')) return 'emergency';
  return RED_FLAG_LEVEL[flag];
}

const urgency = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);

/**
 * The most urgent level any single answer calls for. Reasons: every red flag ticked (most
 * urgent first, then in RED_FLAG_IDS order), then the other rules that fired at the final
 * level (TRIAGE_RULE_IDS order); rules at a lower level are left out. Self-care: 'no-warning-signs'.
 */
export function triage(answers: Answers, ranked: readonly RankedFactor[]): Assessment['triage'] {
  const levelOf = (flag: RedFlagId) => redFlagLevel(flag, answers);
  const flags = RED_FLAG_IDS.filter((flag) => answers.redFlags.includes(flag)).sort(
    (a, b) => urgency(levelOf(a)) - urgency(levelOf(b)),
  );
  const rules = TRIAGE_RULES.filter((rule) => rule.fires(answers, ranked));

  let level: TriageLevel = 'self-care';
  for (const candidate of [...flags.map(levelOf), ...rules.map((r) => r.level)]) {
    if (urgency(candidate) < urgency(level)) level = candidate;
  }
  if (level === 'self-care') return { level, reasons: ['no-warning-signs'] };

  const reasons: string[] = [...flags];
  for (const rule of rules) if (rule.level === level) reasons.push(rule.id);
  return { level, reasons };
}
