import { expect, test } from 'vitest';
import { LAB_TESTS } from '../../src/knowledge/lab-tests';
import { EVIDENCE_LABELS, EVIDENCE_LEVELS, NUTRIENTS } from '../../src/knowledge/nutrients';
import type { EvidenceLevel } from '../../src/knowledge/nutrients';
import { OTHER_CAUSES } from '../../src/knowledge/other-causes';
import {
  DISCLAIMER,
  PREVENTION_HABITS,
  WHEN_TO_SEE_A_DOCTOR,
} from '../../src/knowledge/prevention';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { TRIAGE_ADVICE, TRIAGE_RULE_TEXT } from '../../src/knowledge/triage-advice';
import {
  FACTOR_TESTS,
  LAB_TEST_IDS,
  NUTRIENT_IDS,
  OTHER_CAUSE_IDS,
  RED_FLAG_IDS,
  TRIAGE_LEVELS,
  TRIAGE_RULE_IDS,
} from '../../src/scoring';

const sorted = (values: readonly string[]) => [...values].sort();

test.each([
  ['NUTRIENTS', NUTRIENTS, NUTRIENT_IDS],
  ['LAB_TESTS', LAB_TESTS, LAB_TEST_IDS],
  ['RED_FLAGS', RED_FLAGS, RED_FLAG_IDS],
  ['OTHER_CAUSES', OTHER_CAUSES, OTHER_CAUSE_IDS],
  ['TRIAGE_ADVICE', TRIAGE_ADVICE, TRIAGE_LEVELS],
  ['TRIAGE_RULE_TEXT', TRIAGE_RULE_TEXT, TRIAGE_RULE_IDS],
] as const)('%s has exactly one entry for every id', (_name, table, ids) => {
  expect(sorted(Object.keys(table))).toEqual(sorted(ids));
});

test.each([
  ['NUTRIENTS', NUTRIENTS],
  ['LAB_TESTS', LAB_TESTS],
  ['RED_FLAGS', RED_FLAGS],
  ['OTHER_CAUSES', OTHER_CAUSES],
] as const)('every %s entry carries its own key as id', (_name, table) => {
  for (const [key, entry] of Object.entries(table)) expect(entry.id).toBe(key);
});

test('every nutrient is fully described', () => {
  for (const id of NUTRIENT_IDS) {
    const nutrient = NUTRIENTS[id];
    expect(nutrient.name, id).not.toBe('');
    expect(nutrient.legSymptoms.length, id).toBeGreaterThanOrEqual(3);
    expect(nutrient.riskGroups.length, id).toBeGreaterThanOrEqual(3);
    expect(nutrient.medicines.length, id).toBeGreaterThanOrEqual(1);
    expect(nutrient.absorptionTips.length, id).toBeGreaterThanOrEqual(2);
    expect(nutrient.labTests.length, id).toBeGreaterThanOrEqual(1);
    for (const test of nutrient.labTests) expect(LAB_TEST_IDS, id).toContain(test);
    expect(nutrient.intake.text, id).not.toBe('');
    expect(nutrient.upperLimit.text, id).not.toBe('');
  }
});

test('every blood test a factor suggests is named in some nutrient and has at least one threshold', () => {
  const named = new Set(NUTRIENT_IDS.flatMap((id) => NUTRIENTS[id].labTests));
  const factorTests = new Set<string>(NUTRIENT_IDS.flatMap((id) => FACTOR_TESTS[id]));
  for (const id of LAB_TEST_IDS) {
    expect(LAB_TESTS[id].measures, id).not.toBe('');
    if (factorTests.has(id)) {
      expect(named.has(id), id).toBe(true);
      expect(LAB_TESTS[id].thresholds.length, id).toBeGreaterThanOrEqual(1);
    } else {
      // The v2 work-up tests give cut-offs only where a source does; each says something sourced.
      const facts = LAB_TESTS[id].thresholds.length + (LAB_TESTS[id].notes?.length ?? 0);
      expect(facts, id).toBeGreaterThanOrEqual(1);
    }
  }
});

test.each([
  ['iron', 'moderate', ['S18', 'S19']],
  ['magnesium', 'no-benefit-shown', ['S16']],
  ['hydration', 'low', ['S46']],
  ['vitamin-d', 'no-trials-found', []],
  ['vitamin-b12', 'no-trials-found', []],
  ['calcium', 'no-trials-found', []],
  ['vitamin-e', 'no-trials-found', []],
] as const)(
  'the evidence for %s is rated %s, citing the trials behind it',
  (id, level: EvidenceLevel, mustCite) => {
    const evidence = NUTRIENTS[id].evidence;
    expect(evidence.level).toBe(level);
    expect(evidence.label).toBe(EVIDENCE_LABELS[level]);
    expect(evidence.question).not.toBe('');
    expect(evidence.why).not.toBe('');
    for (const source of mustCite) expect(evidence.sourceIds).toContain(source);
  },
);

test('every evidence level has a plain label', () => {
  for (const level of EVIDENCE_LEVELS) expect(EVIDENCE_LABELS[level]).toMatch(/^[A-Z][a-z]/);
});

test('magnesium for night cramps is plainly shown as giving no meaningful benefit', () => {
  expect(NUTRIENTS.magnesium.evidence.label).toMatch(/no meaningful benefit/i);
  expect(NUTRIENTS.magnesium.evidence.question).toMatch(/night cramps/i);
});

test('every warning sign says what it may mean with may or could, and what to do now', () => {
  for (const id of RED_FLAG_IDS) {
    const flag = RED_FLAGS[id];
    expect(flag.label, id).not.toBe('');
    expect(flag.mayMean.text, id).toMatch(/\b(may|could)\b/);
    expect(flag.whatToDo, id).not.toBe('');
    expect(flag.learnMore.url, id).toMatch(/^https:\/\//);
  }
});

test('emergency advice says to call the emergency number and not to drive', () => {
  const emergency = `${TRIAGE_ADVICE.emergency.action} ${TRIAGE_ADVICE.emergency.detail}`;
  expect(emergency).toMatch(/emergency number/i);
  expect(emergency).toMatch(/emergency department/i);
  expect(emergency).toMatch(/do not drive/i);
  expect(TRIAGE_ADVICE.urgent.action).toMatch(/today/i);
  expect(TRIAGE_ADVICE['see-doctor'].action).toMatch(/appointment/i);
  expect(TRIAGE_ADVICE['self-care'].detail).toMatch(/see a doctor/i);
});

test('prevention covers diet, supplements within limits, safe sun and fluids without over-drinking', () => {
  const ids = PREVENTION_HABITS.map((habit) => habit.id);
  expect(ids).toEqual(
    expect.arrayContaining([
      'balanced-diet',
      'supplements-with-advice',
      'safe-sun',
      'fluids-through-the-day',
    ]),
  );
  expect(new Set(ids).size).toBe(ids.length);
  const supplements = PREVENTION_HABITS.find((habit) => habit.id === 'supplements-with-advice');
  expect(supplements?.text).toMatch(/upper limit/i);
  const fluids = PREVENTION_HABITS.find((habit) => habit.id === 'fluids-through-the-day');
  expect(fluids?.text).toMatch(/too much|over-?drink/i);
  expect(WHEN_TO_SEE_A_DOCTOR.text).toMatch(/warning sign/i);
  expect(DISCLAIMER).toMatch(/not a diagnosis/i);
});
