import { expect, test } from 'vitest';
import { isRedFlagId, isTriageRuleId, RED_FLAG_IDS, TRIAGE_RULE_IDS } from '../../src/scoring';

test('a triage reason is told apart as a warning sign or a triage rule', () => {
  for (const id of RED_FLAG_IDS) {
    expect([isRedFlagId(id), isTriageRuleId(id)], id).toEqual([true, false]);
  }
  for (const id of TRIAGE_RULE_IDS) {
    expect([isRedFlagId(id), isTriageRuleId(id)], id).toEqual([false, true]);
  }
  expect([isRedFlagId('toString'), isTriageRuleId('')]).toEqual([false, false]);
});
