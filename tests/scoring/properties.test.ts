import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  answersSchema,
  assess,
  assessmentSchema,
  BAND_THRESHOLDS,
  bandFor,
  FACTOR_TESTS,
  NUTRIENT_IDS,
  RED_FLAG_IDS,
  RED_FLAG_LEVEL,
  SUPPLEMENT_IDS,
  SYMPTOM_KINDS,
  TRIAGE_LEVELS,
} from '../../src/scoring';
import type { Answers, Assessment, NutrientId, TriageLevel } from '../../src/scoring';
import { workUpFor } from '../../src/scoring/follow-up';
import { mayBeLikely } from '../../src/scoring/rank';
import { capsFor } from '../../src/scoring/counts';
import { redFlagLevel } from '../../src/scoring/triage';
import { answersArb } from './arbitraries';

const RUNS = { numRuns: 500 };
const urgency = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);
const scoreOf = (result: Assessment, nutrient: NutrientId) =>
  result.ranked.find((factor) => factor.nutrient === nutrient)?.score;

test('the arbitrary only makes answers the schema accepts', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      expect(answersSchema.safeParse(answers).success).toBe(true);
    }),
    RUNS,
  );
});

test('assess never throws on valid answers and its output passes assessmentSchema', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      expect(assessmentSchema.safeParse(assess(answers)).success).toBe(true);
    }),
    RUNS,
  );
});

test('all seven factors, once each, scored 0-100, sorted, ties in NUTRIENT_IDS order', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { ranked } = assess(answers);
      expect([...ranked.map((factor) => factor.nutrient)].sort()).toEqual([...NUTRIENT_IDS].sort());
      for (const factor of ranked) {
        expect(Number.isInteger(factor.score)).toBe(true);
        expect(factor.score).toBeGreaterThanOrEqual(0);
        expect(factor.score).toBeLessThanOrEqual(100);
        expect(factor.band).toBe(bandFor(factor.score));
      }
      for (let i = 1; i < ranked.length; i++) {
        const before = ranked[i - 1];
        const after = ranked[i];
        if (!before || !after) throw new Error('ranked has holes');
        expect(before.score).toBeGreaterThanOrEqual(after.score);
        if (before.score === after.score) {
          expect(NUTRIENT_IDS.indexOf(before.nutrient)).toBeLessThan(
            NUTRIENT_IDS.indexOf(after.nutrient),
          );
        }
      }
    }),
    RUNS,
  );
});

test('each score is its reasons summed and held within 0-100; reasons biggest first', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      for (const factor of assess(answers).ranked) {
        const sum = factor.reasons.reduce((total, reason) => total + reason.weight, 0);
        const clipped = Math.min(100, Math.max(0, Math.round(sum)));
        // Contract v2: without a matching symptom and a risk factor, held below 'likely'; told
        // to limit fluids, hydration at most 'possible'.
        const held = mayBeLikely(factor.reasons)
          ? clipped
          : Math.min(clipped, BAND_THRESHOLDS.likely - 1);
        expect(factor.score).toBe(Math.min(held, capsFor(answers)[factor.nutrient] ?? 100));
        const sizes = factor.reasons.map((reason) => Math.abs(reason.weight));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        for (const reason of factor.reasons) expect(reason.weight).not.toBe(0);
      }
    }),
    RUNS,
  );
});

test('every emergency sign gives emergency; every other sign at least urgent', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { triage } = assess(answers);
      for (const flag of answers.redFlags) {
        expect(urgency(triage.level)).toBeLessThanOrEqual(urgency(RED_FLAG_LEVEL[flag]));
        expect(triage.reasons).toContain(flag);
      }
      // Contract v2: without a warning sign, only new sudden weakness or numbness is an emergency.
      if (answers.redFlags.length === 0 && triage.level === 'emergency') {
        expect(triage.reasons).toEqual(['sudden-weakness']);
      }
    }),
    RUNS,
  );
});

test('a warning sign is never below its level, raised ones included (contract v2)', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { triage } = assess(answers);
      const flags = answers.redFlags;
      for (const flag of flags) {
        expect(urgency(triage.level)).toBeLessThanOrEqual(urgency(redFlagLevel(flag, answers)));
      }
      const longCrampRaised =
        flags.includes('long-cramp') &&
        (flags.includes('injury') ||
          flags.includes('one-leg-swollen') ||
          answers.symptoms.severity === 'severe');
      const restPainRaised = flags.includes('rest-pain-ulcer') && flags.includes('fever-hot-skin');
      if (flags.includes('very-unwell') || longCrampRaised || restPainRaised) {
        expect(triage.level).toBe('emergency');
      }
    }),
    RUNS,
  );
});

test('adding a symptom never lowers the triage level', () => {
  fc.assert(
    fc.property(answersArb, fc.constantFrom(...SYMPTOM_KINDS), (answers, kind) => {
      const more: Answers = {
        ...answers,
        symptoms: {
          ...answers.symptoms,
          kinds: [...new Set([...answers.symptoms.kinds, kind])],
        },
      };
      expect(urgency(assess(more).triage.level)).toBeLessThanOrEqual(
        urgency(assess(answers).triage.level),
      );
    }),
    RUNS,
  );
});

test('adding a warning sign never lowers the triage level', () => {
  fc.assert(
    fc.property(answersArb, fc.constantFrom(...RED_FLAG_IDS), (answers, flag) => {
      const more: Answers = { ...answers, redFlags: [...new Set([...answers.redFlags, flag])] };
      expect(urgency(assess(more).triage.level)).toBeLessThanOrEqual(
        urgency(assess(answers).triage.level),
      );
    }),
    RUNS,
  );
});

test("adding a supplement already taken never raises that nutrient's score, nor any other", () => {
  fc.assert(
    fc.property(answersArb, fc.constantFrom(...SUPPLEMENT_IDS), (answers, supplement) => {
      const taking: Answers = {
        ...answers,
        lifestyle: {
          ...answers.lifestyle,
          supplements: [...new Set([...answers.lifestyle.supplements, supplement])],
        },
      };
      const before = assess(answers);
      const after = assess(taking);
      for (const nutrient of NUTRIENT_IDS) {
        expect(scoreOf(after, nutrient)).toBeLessThanOrEqual(scoreOf(before, nutrient) ?? 0);
      }
    }),
    RUNS,
  );
});

test('same answers, same result, and the answers are left untouched', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const copy = structuredClone(answers);
      const first = assess(answers);
      expect(answers).toEqual(copy);
      expect(assess(copy)).toEqual(first);
      expect(assess(answers)).toEqual(first);
    }),
    RUNS,
  );
});

test('the order of ticked options does not change the result', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const reversed: Answers = {
        ...answers,
        symptoms: { ...answers.symptoms, kinds: [...answers.symptoms.kinds].reverse() },
        timing: { ...answers.timing, when: [...answers.timing.when].reverse() },
        lifestyle: {
          ...answers.lifestyle,
          supplements: [...answers.lifestyle.supplements].reverse(),
        },
        health: {
          conditions: [...answers.health.conditions].reverse(),
          medications: [...answers.health.medications].reverse(),
        },
        redFlags: [...answers.redFlags].reverse(),
      };
      expect(assess(reversed)).toEqual(assess(answers));
    }),
    RUNS,
  );
});

test('tests come from likely or possible factors and from the symptom pattern, each once', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const result = assess(answers);
      expect(new Set(result.tests).size).toBe(result.tests.length);
      const flagged = result.ranked.filter((factor) => factor.band !== 'unlikely');
      // Contract v2: the work-up a symptom pattern calls for comes even when no factor is flagged.
      const workUp = workUpFor(answers);
      if (flagged.length === 0) expect(result.tests).toEqual(workUp);
      else expect(result.tests.length).toBeGreaterThan(0);
      for (const factor of flagged) {
        for (const labTest of FACTOR_TESTS[factor.nutrient])
          expect(result.tests).toContain(labTest);
      }
      for (const labTest of workUp) expect(result.tests).toContain(labTest);
    }),
    RUNS,
  );
});

test('self-care only ever gives the no-warning-signs reason', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { triage } = assess(answers);
      expect(triage.reasons.length).toBeGreaterThan(0);
      if (triage.level === 'self-care') expect(triage.reasons).toEqual(['no-warning-signs']);
      else expect(triage.reasons).not.toContain('no-warning-signs');
    }),
    RUNS,
  );
});
