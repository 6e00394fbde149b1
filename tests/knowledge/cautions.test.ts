import { expect, test } from 'vitest';
import { CAUTIONS } from '../../src/knowledge/cautions';
import { CAUTION_IDS } from '../../src/scoring';

test('every caution of the contract has a title, words and sources', () => {
  expect(Object.keys(CAUTIONS).sort()).toEqual([...CAUTION_IDS].sort());
  for (const id of CAUTION_IDS) {
    expect(CAUTIONS[id].title, id).not.toBe('');
    expect(CAUTIONS[id].text.length, id).toBeGreaterThan(40);
    expect(CAUTIONS[id].sourceIds.length, id).toBeGreaterThan(0);
  }
});

test('kidney disease: magnesium supplements never without the doctor', () => {
  const caution = CAUTIONS['kidney-disease-supplements'];
  expect(caution.appliesTo).toContain('magnesium');
  expect(caution.text).toMatch(/without your doctor/);
  expect(caution.sourceIds).toEqual(expect.arrayContaining(['S3', 'S82']));
});

test('cautions qualify the advice they belong to', () => {
  expect(CAUTIONS['fluid-restriction'].appliesTo).toEqual(['hydration']);
  expect(CAUTIONS['blood-thinner-vitamin-e'].appliesTo).toEqual(['vitamin-e']);
  expect(CAUTIONS['diuretic-calcium-vitamin-d'].appliesTo).toEqual(['calcium', 'vitamin-d']);
  expect(CAUTIONS['iron-cause-check'].appliesTo).toEqual(['iron']);
});

test('cautions speak of what may be, never of what the person has', () => {
  for (const id of CAUTION_IDS) {
    expect(CAUTIONS[id].text, id).not.toMatch(/\byou(\s+have|['’]ve)\b/i);
  }
  expect(CAUTIONS['pregnancy-supplements'].text).toMatch(/folic acid/);
  expect(CAUTIONS['pregnancy-supplements'].text).toMatch(/liver/);
});
