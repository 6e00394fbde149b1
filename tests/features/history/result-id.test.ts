import { expect, test } from 'vitest';
import { decideSave, savedResultId } from '../../../src/features/history/result-id';
import { snapshotSchema } from '../../../src/features/history/schema';
import { SCORING_VERSION } from '../../../src/scoring';
import { CRAMPS_ANSWERS, NEWER, OLDER, snapshotOf, TINGLING_ANSWERS } from './fixtures';

test('the same run and answers always give the same id; other answers or rules another', () => {
  const id = savedResultId('run-1', CRAMPS_ANSWERS, 1);
  expect(savedResultId('run-1', structuredClone(CRAMPS_ANSWERS), 1)).toBe(id);
  expect(id).toMatch(/^run-1-[0-9a-f]+$/);
  expect(savedResultId('run-2', CRAMPS_ANSWERS, 1)).not.toBe(id);
  expect(savedResultId('run-1', TINGLING_ANSWERS, 1)).not.toBe(id);
  expect(savedResultId('run-1', CRAMPS_ANSWERS, 2)).not.toBe(id);
});

test.each([
  ['a long draft id', 'x'.repeat(100)],
  ['a draft id of dots', '...'],
  ['an empty draft id', ''],
])('%s still gives a valid saved-result id', (_name, draftId) => {
  const id = savedResultId(draftId, CRAMPS_ANSWERS, 1);
  expect(id.length).toBeLessThanOrEqual(100);
  expect(id).not.toMatch(/^\.+$/);
  expect(snapshotSchema.safeParse(snapshotOf(CRAMPS_ANSWERS, id, OLDER.createdAt)).success).toBe(
    true,
  );
});

test('saving decides: the same id anywhere is reused, a deleted id stays deleted, equal answers reuse', () => {
  const mine = snapshotOf(CRAMPS_ANSWERS, 'run-1-abc', OLDER.createdAt);
  const history = { entries: [NEWER, mine], deletedIds: ['run-9-def'] };
  expect(decideSave(history, 'run-1-abc', CRAMPS_ANSWERS, SCORING_VERSION)).toEqual({
    kind: 'reuse',
    snapshot: mine,
  });
  expect(decideSave(history, 'run-9-def', CRAMPS_ANSWERS, SCORING_VERSION)).toEqual({
    kind: 'deleted',
  });
  expect(decideSave(history, 'run-2-abc', TINGLING_ANSWERS, SCORING_VERSION)).toEqual({
    kind: 'reuse',
    snapshot: NEWER,
  });
  expect(decideSave(history, 'run-2-abc', TINGLING_ANSWERS, 0)).toEqual({ kind: 'new' });
});
