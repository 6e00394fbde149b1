import { expect, test } from 'vitest';
import { answersSchema, describeIssues } from '../../src/scoring';
import { BASE_ANSWERS } from './fixtures';

const valid = BASE_ANSWERS;

test('valid answers parse', () => {
  expect(answersSchema.safeParse(valid).success).toBe(true);
});

test('a wrong value is rejected with a message naming the field', () => {
  const result = answersSchema.safeParse({ ...valid, about: { ...valid.about, ageBand: '12' } });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual(['about.ageBand: Choose your age group']);
});

test('a missing field is rejected with a message naming it', () => {
  const { legs: _legs, ...symptoms } = valid.symptoms;
  const result = answersSchema.safeParse({ ...valid, symptoms });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error).join('\n')).toMatch(/^symptoms\.legs: /m);
});

test('an unknown key is rejected and named', () => {
  const result = answersSchema.safeParse({ ...valid, extra: 1 });
  expect(result.success).toBe(false);
  if (!result.success) expect(describeIssues(result.error).join('\n')).toMatch(/extra/);
});

test('under 18 gets the adults-only message', () => {
  const result = answersSchema.safeParse({
    ...valid,
    about: { ...valid.about, ageBand: 'under-18' },
  });
  expect(result.success).toBe(false);
  if (!result.success) expect(describeIssues(result.error)[0]).toMatch(/for adults/);
});

test('a male cannot be marked pregnant', () => {
  const result = answersSchema.safeParse({
    ...valid,
    about: { ageBand: '31-50', sex: 'male', pregnant: true },
  });
  expect(result.success).toBe(false);
  if (!result.success) expect(describeIssues(result.error)[0]).toMatch(/^about\.pregnant: /);
});

test('no symptom at all is rejected', () => {
  const result = answersSchema.safeParse({ ...valid, symptoms: { ...valid.symptoms, kinds: [] } });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual(['symptoms.kinds: Choose at least one symptom']);
});

test('an unknown option inside a list is rejected and the field named', () => {
  const result = answersSchema.safeParse({
    ...valid,
    symptoms: { ...valid.symptoms, kinds: ['cramps', 'headache'] },
  });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual([
      'symptoms.kinds.1: Choose from the listed symptoms',
    ]);
});

test('the same option twice in a list is rejected', () => {
  const result = answersSchema.safeParse({
    ...valid,
    lifestyle: { ...valid.lifestyle, supplements: ['iron', 'iron'] },
  });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual([
      'lifestyle.supplements: Each option can be chosen only once',
    ]);
});

test('a value of the wrong type is rejected and the field named', () => {
  const result = answersSchema.safeParse({
    ...valid,
    about: { ...valid.about, pregnant: 'no' },
    diet: { ...valid.diet, water: 8 },
  });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual([
      'about.pregnant: Say whether you are pregnant',
      'diet.water: Say how much you drink a day',
    ]);
});

test('a missing step is rejected and named', () => {
  const { health: _health, ...withoutHealth } = valid;
  const result = answersSchema.safeParse(withoutHealth);
  expect(result.success).toBe(false);
  if (!result.success) expect(describeIssues(result.error).join('\n')).toMatch(/^health: /m);
});

test('an unknown key inside a step is rejected and named', () => {
  const result = answersSchema.safeParse({ ...valid, diet: { ...valid.diet, sugar: 'rarely' } });
  expect(result.success).toBe(false);
  if (!result.success) expect(describeIssues(result.error).join('\n')).toMatch(/^diet: .*sugar/m);
});

test('an unknown warning sign is rejected', () => {
  const result = answersSchema.safeParse({ ...valid, redFlags: ['headache'] });
  expect(result.success).toBe(false);
  if (!result.success)
    expect(describeIssues(result.error)).toEqual([
      'redFlags.0: Choose from the listed warning signs',
    ]);
});
