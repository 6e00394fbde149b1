import { act, renderHook } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import {
  draftToAnswers,
  firstIncompleteStep,
  useCompletedAnswers,
  useFirstIncompleteStep,
} from '../../../src/features/wizard/draft-progress';
import {
  DRAFT_BACKUP_KEY,
  DRAFT_STORAGE_KEY,
  draftActions,
  getDraftSteps,
  rehydrateDraft,
  useDraftId,
  useHasDraft,
} from '../../../src/features/wizard/draft-store';
import draftV1 from '../../fixtures/records/draft-v1.json';
import { COMPLETE_STEPS, completeSteps } from './helpers';

beforeEach(() => {
  draftActions.draftCleared();
});

function stored(): unknown {
  return JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
}

test('answers are kept in this browser under one named, versioned key', () => {
  draftActions.draftChanged('about', { ageBand: '18-30' });

  expect(stored()).toEqual({
    version: 2,
    state: { steps: { about: { ageBand: '18-30' } }, id: expect.any(String) },
  });
});

test('actions are never written to storage', () => {
  completeSteps(1);

  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).not.toMatch(/actions|stepCompleted/);
});

test('a saved draft is read back after a reload', async () => {
  localStorage.setItem(
    DRAFT_STORAGE_KEY,
    JSON.stringify({ version: 1, state: { steps: { symptoms: { kinds: ['cramps'] } } } }),
  );

  await rehydrateDraft();

  expect(getDraftSteps()).toEqual({ symptoms: { kinds: ['cramps'] } });
  expect(localStorage.getItem(DRAFT_BACKUP_KEY)).toBeNull();
});

test.each([
  ['broken JSON', '{"version":1,"state":'],
  [
    'an unknown answer',
    JSON.stringify({ version: 1, state: { steps: { about: { ageBand: '200' } } } }),
  ],
  [
    'a wrong type',
    JSON.stringify({ version: 1, state: { steps: { symptoms: { kinds: 'cramps' } } } }),
  ],
  ['another version', JSON.stringify({ version: 7, state: { steps: {} } })],
  ['no state at all', JSON.stringify({ hello: 'world' })],
])('a stored draft with %s starts fresh and is kept aside, not lost', async (_, raw) => {
  draftActions.draftChanged('about', { sex: 'female' });
  localStorage.setItem(DRAFT_STORAGE_KEY, raw);

  await rehydrateDraft();

  expect(getDraftSteps()).toEqual({});
  expect(localStorage.getItem(DRAFT_BACKUP_KEY)).toBe(raw);
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
});

test('"under 18" is kept as the person chose it, though it is not a valid answer', async () => {
  draftActions.draftChanged('about', { ageBand: 'under-18' });

  await rehydrateDraft();

  expect(getDraftSteps().about).toEqual({ ageBand: 'under-18' });
  expect(firstIncompleteStep(getDraftSteps())).toBe(1);
});

test('the first incomplete step follows the answers through the scoring schemas', () => {
  expect(firstIncompleteStep({})).toBe(1);
  expect(firstIncompleteStep({ ...COMPLETE_STEPS, timing: { when: [] } })).toBe(3);
  expect(
    firstIncompleteStep({ ...COMPLETE_STEPS, warningSigns: { redFlags: [], noneOfThese: false } }),
  ).toBe(7);
  expect(firstIncompleteStep(COMPLETE_STEPS)).toBeNull();
});

test('complete answers carry the warning signs ticked, or none', () => {
  expect(draftToAnswers({ ...COMPLETE_STEPS, health: undefined })).toBeNull();
  expect(draftToAnswers(COMPLETE_STEPS)?.redFlags).toEqual([]);
  expect(
    draftToAnswers({
      ...COMPLETE_STEPS,
      warningSigns: { redFlags: ['injury'], noneOfThese: false },
    })?.redFlags,
  ).toEqual(['injury']);
});

test('the hooks report a draft, the first gap and the completed answers', () => {
  const { result } = renderHook(() => ({
    hasDraft: useHasDraft(),
    gap: useFirstIncompleteStep(),
    answers: useCompletedAnswers(),
  }));
  expect(result.current).toEqual({ hasDraft: false, gap: 1, answers: null });

  act(() => completeSteps(4));
  expect(result.current).toEqual({ hasDraft: true, gap: 5, answers: null });

  act(() => completeSteps(7));
  expect(result.current.gap).toBeNull();
  expect(result.current.answers?.about).toEqual(COMPLETE_STEPS.about);

  act(() => draftActions.draftCleared());
  expect(result.current).toEqual({ hasDraft: false, gap: 1, answers: null });
});

test('completed answers keep the same object until the draft changes', () => {
  completeSteps(7);
  const { result, rerender } = renderHook(() => useCompletedAnswers());
  const first = result.current;

  rerender();

  expect(result.current).toBe(first);
});

test('a draft saved by an earlier LegCheck (format 1, frozen) is migrated, not set aside', async () => {
  localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftV1));

  await rehydrateDraft();

  expect(getDraftSteps()).toEqual(draftV1.state.steps);
  expect(localStorage.getItem(DRAFT_BACKUP_KEY)).toBeNull();
  const rewritten = stored();
  expect(rewritten).toEqual({
    version: 2,
    state: { steps: draftV1.state.steps, id: expect.stringMatching(/^draft-v1-[0-9a-f]+$/) },
  });
});

test('the same old draft gets the same id in every tab, and starting over gives a new one', async () => {
  localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftV1));
  await rehydrateDraft();
  const { result } = renderHook(() => useDraftId());
  const first = result.current;

  localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftV1));
  await act(() => rehydrateDraft());
  expect(result.current).toBe(first);

  act(() => draftActions.draftCleared());
  expect(result.current).not.toBe(first);
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
});
