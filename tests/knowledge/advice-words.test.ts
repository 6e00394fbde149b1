// Issue 11, section 1: the words of the existing knowledge entries say exactly what the reference
// (../shared/reference/nutrients.md) found, no more.
import { expect, test } from 'vitest';
import { LAB_TESTS } from '../../src/knowledge/lab-tests';
import { EVIDENCE_LABELS, NUTRIENTS } from '../../src/knowledge/nutrients';
import { TRIAGE_RULE_TEXT } from '../../src/knowledge/triage-advice';
import { PREVENTION_HABITS } from '../../src/knowledge/prevention';
import { SOURCES } from '../../src/knowledge/sources';
import { strings } from './knowledge-walk';

test.each([
  // Reference 1.1 (S9), 4.1 (S51, S9), 5.1 (S50): the limit counts food and supplements together.
  ['vitamin-d', 'S9'],
  ['calcium', 'S51'],
  ['iron', 'S50'],
] as const)('the %s upper limit says it counts food and supplements together', (id, source) => {
  const limit = NUTRIENTS[id].upperLimit;
  expect(limit.text).toMatch(/food and supplements together/);
  expect(limit.text).not.toMatch(/from supplements only/);
  expect(limit.sourceIds).toContain(source);
});

test.each([
  // Reference 3.1 (S49): supplements and medicines only; 6.1 (S52, S13): supplemental only.
  ['magnesium', 'S49', /magnesium in food and water does not count/],
  ['vitamin-e', 'S52', /vitamin E in food does not count/],
] as const)('the %s upper limit says it counts supplements only', (id, source, foodLeftOut) => {
  const limit = NUTRIENTS[id].upperLimit;
  expect(limit.text).toMatch(/from supplements( and medicines)? only/);
  expect(limit.text).toMatch(foodLeftOut);
  expect(limit.sourceIds).toContain(source);
});

test('evidence words never say "not tested" or "not studied" where trials were only not found', () => {
  const words = Object.values(NUTRIENTS).flatMap((nutrient) => [
    nutrient.evidence.label,
    nutrient.evidence.why,
    nutrient.evidence.question,
  ]);
  for (const text of [...words, ...Object.values(EVIDENCE_LABELS)])
    expect(text).not.toMatch(/not (been )?(tested|studied)|untested/i);
  for (const id of ['vitamin-d', 'vitamin-b12', 'calcium', 'vitamin-e'] as const) {
    expect(NUTRIENTS[id].evidence.label, id).toBe('No trials found');
    expect(NUTRIENTS[id].evidence.why, id).toMatch(/^No trials of .* were found/);
  }
});

test('each evidence sentence matches reference section 9', () => {
  // Iron: the Cochrane trials (S18) were at any ferritin; the 75 ng/mL cut-off is consensus (S19).
  expect(NUTRIENTS.iron.evidence.question).not.toMatch(/stores are low/);
  expect(NUTRIENTS.iron.evidence.why).toMatch(/expert agreement/);
  // Pregnancy trials held small B-vitamin and calcium trials, not B12 trials as such.
  expect(NUTRIENTS['vitamin-b12'].evidence.why).toMatch(/small trials of B vitamins/);
  expect(NUTRIENTS['vitamin-b12'].evidence.why).not.toMatch(/outside pregnancy/);
  expect(NUTRIENTS.calcium.evidence.why).toMatch(/small calcium trials/);
  // Hydration: case series, one small case-control study, four prospective cohorts (S46).
  expect(NUTRIENTS.hydration.evidence.why).toMatch(/case series/);
  expect(NUTRIENTS.hydration.evidence.why).toMatch(/case-control/);
  expect(NUTRIENTS.hydration.evidence.why).not.toMatch(/case reports/);
  // Magnesium: unlikely to give a meaningful benefit (S16); pregnancy trials uncertain (S16, S17).
  expect(NUTRIENTS.magnesium.evidence.why).toMatch(
    /unlikely to ease ordinary night cramps in a way that matters/,
  );
  expect(NUTRIENTS.magnesium.evidence.why).toMatch(/uncertain/);
});

test('the magnesium test gives the usual range and where low begins, from primary pages', () => {
  const thresholds = LAB_TESTS.magnesium.thresholds;
  const usual = thresholds.find((entry) => /0\.75-0\.95 mmol\/L/.test(entry.text));
  expect(usual?.text).toMatch(/below about 0\.70-0\.75 mmol\/L/);
  // The Institute of Medicine's 1997 report (S30, page 203) states 0.75-0.95 mmol/L and low below
  // 0.75; Rosanoff 2022 (S38) shows labs' own lower limits (0.70 in UK NHS hospitals).
  expect(usual?.secondary).toBeUndefined();
  expect(usual?.sourceIds).toEqual(['S30', 'S38']);
  expect(SOURCES.S30.title).toMatch(/magnesium/);
  expect(SOURCES.S30.note).toMatch(/0\.75 to 0\.95 mmol\/L/);
  expect(SOURCES.S38.note).toMatch(/0\.70-1\.00 mmol\/L/);
});

test('the B12 test names the low-normal range in which an MMA test could help (primary page)', () => {
  const borderline = LAB_TESTS['vitamin-b12'].thresholds.find((entry) =>
    /150-400 ng\/L/.test(entry.text),
  );
  expect(borderline?.text).toMatch(/methylmalonic acid \(MMA\)/);
  expect(borderline?.sourceIds).toEqual(['S39']);
  expect(borderline?.secondary).toBeUndefined();
  expect(SOURCES.S39.url).toMatch(/^https:\/\/www\.mayomedicallaboratories\.com\//);
});

test('osmolality is not listed as a threshold of the electrolytes (U&E) test', () => {
  const electrolytes = LAB_TESTS.electrolytes;
  for (const entry of electrolytes.thresholds) expect(entry.text).not.toMatch(/osmol/i);
  expect(electrolytes.measures).not.toMatch(/osmol/i);
});

test("a vegan's B12 advice leads with foods with B12 added and a supplement", () => {
  const habit = PREVENTION_HABITS.find((entry) => entry.id === 'plant-based-b12');
  expect(habit?.text).toMatch(
    /^On a vegan diet, rely on foods with B12 added .* or a B12 supplement/,
  );
  const [firstTip] = NUTRIENTS['vitamin-b12'].absorptionTips;
  expect(firstTip?.text).toMatch(/^On a vegan diet, the reliable sources are foods with B12 added/);
  expect(firstTip?.text).toMatch(/B12 supplement/);
});

test('no sentence people read claims more than "may" or "could" about harm from amounts', () => {
  // The upper limits' last sentences used to say "causes" and "raises" outright.
  for (const { text } of strings()) expect(text).not.toMatch(/\bToo much (causes|raises)\b/);
});

test('the pregnancy advice cannot be read as "stop the folic acid and vitamin D you were advised"', () => {
  const text = TRIAGE_RULE_TEXT['pregnancy-symptoms'].text;
  expect(text).toMatch(/no reason to stop any folic acid or vitamin D/);
  expect(text).not.toMatch(/before taking supplements\.?$/);
});
