import { expect, test } from 'vitest';
import { createSafeStorage, safeLocalStorage, storageErrorKind } from '../../src/lib/safe-storage';

/** A Storage whose every call throws `error`. */
function throwingStorage(error: unknown): Storage {
  const fail = () => {
    throw error;
  };
  return {
    length: 0,
    clear: fail,
    getItem: fail,
    key: fail,
    removeItem: fail,
    setItem: fail,
  };
}

test('reads, writes and removes like localStorage when all is well', () => {
  expect(safeLocalStorage.read('k')).toEqual({ ok: true, value: null });
  expect(safeLocalStorage.write('k', 'v')).toEqual({ ok: true, value: undefined });
  expect(localStorage.getItem('k')).toBe('v');
  expect(safeLocalStorage.read('k')).toEqual({ ok: true, value: 'v' });
  expect(safeLocalStorage.remove('k').ok).toBe(true);
  expect(localStorage.getItem('k')).toBeNull();
});

test('a full quota is reported as quota, never thrown', () => {
  const storage = createSafeStorage(() =>
    throwingStorage(new DOMException('full', 'QuotaExceededError')),
  );
  expect(storage.write('k', 'v')).toEqual({ ok: false, kind: 'quota' });
  expect(storage.read('k')).toEqual({ ok: false, kind: 'quota' });
});

test('blocked storage (the getter itself throws) is reported as unavailable', () => {
  const storage = createSafeStorage(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(storage.read('k')).toEqual({ ok: false, kind: 'unavailable' });
  expect(storage.write('k', 'v')).toEqual({ ok: false, kind: 'unavailable' });
  expect(storage.remove('k')).toEqual({ ok: false, kind: 'unavailable' });
  expect(createSafeStorage(() => null).read('k')).toEqual({ ok: false, kind: 'unavailable' });
});

test('anything else thrown is reported as unknown', () => {
  const storage = createSafeStorage(() => throwingStorage(new TypeError('odd')));
  expect(storage.remove('k')).toEqual({ ok: false, kind: 'unknown' });
  expect(createSafeStorage(() => throwingStorage('a string')).read('k')).toEqual({
    ok: false,
    kind: 'unknown',
  });
});

test('old browsers quota codes are recognised', () => {
  expect(storageErrorKind(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
  expect(storageErrorKind(Object.assign(new Error('x'), { code: 22 }))).toBe('quota');
  expect(storageErrorKind(new DOMException('x', 'SecurityError'))).toBe('unavailable');
});
