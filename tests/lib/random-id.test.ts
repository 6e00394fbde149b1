import { expect, test } from 'vitest';
import { randomId } from '../../src/lib/random-id';

test('new ids are UUIDs, also where randomUUID is missing (plain http)', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  expect(randomId()).toMatch(uuid);
  const original = crypto.randomUUID;
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    expect(randomId()).toMatch(uuid);
    expect(randomId()).not.toBe(randomId());
  } finally {
    Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
  }
});
