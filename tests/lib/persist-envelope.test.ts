import { expect, test } from 'vitest';
import { readPersistEnvelope } from '../../src/lib/persist-envelope';
import { isRecord } from '../../src/scoring';

test.each([
  ['{"state":{"a":1},"version":2}', { ok: true, state: { a: 1 }, version: 2 }],
  ['{"state":{},"version":1}', { ok: true, state: {}, version: 1 }],
  ['{"state":', { ok: false, problem: { kind: 'not-json' } }],
  ['[1,2]', { ok: false, problem: { kind: 'wrong-shape' } }],
  ['{"state":{},"version":1.5}', { ok: false, problem: { kind: 'wrong-shape' } }],
  ['{"state":{},"version":3}', { ok: false, problem: { kind: 'newer-version', version: 3 } }],
])('stored text %s is read as far as its envelope', (raw, expected) => {
  expect(readPersistEnvelope(raw, 2)).toEqual(expected);
});

test('only plain objects count as records', () => {
  expect(isRecord({})).toBe(true);
  expect(isRecord([])).toBe(false);
  expect(isRecord(null)).toBe(false);
  expect(isRecord('a')).toBe(false);
});
