import { act, renderHook } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
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
  draftStatusActions,
  draftStatusReset,
  getDraftSteps,
  rehydrateDraft,
  useDraftId,
  useDraftSaveProblem,
  useHasDraft,
  useUnreadableDraft,
} from '../../../src/features/wizard/draft-store';
import draftV1 from '../../fixtures/records/draft-v1.json';
import { COMPLETE_STEPS, completeSteps } from './helpers';

beforeEach(() => {
  draftActions.draftCleared();
  draftStatusReset();
});

function stored(): unknown {
  return JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
}

/** The texts kept aside under the backup key, oldest first. */
function keptAsideTexts(): unknown {
  const backup: unknown = JSON.parse(localStorage.getItem(DRAFT_BACKUP_KEY) ?? 'null');
  if (typeof backup !== 'object' || backup === null || !('items' in backup)) return backup;
  return Array.isArray(backup.items)
    ? backup.items.map((item: unknown) =>
        typeof item === 'object' && item !== null && 'raw' in item ? item.raw : item,
      )
    : backup.items;
}

/** Makes this browser's storage refuse writes to `key` as a full quota does. */
function fillStorageFor(key: string) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    name: string,
    value: string,
  ) {
    if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, name, value);
  });
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
  expect(keptAsideTexts()).toEqual([raw]);
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
});

test('a second unreadable draft is kept beside the first, not over it', async () => {
  const first = '{"version":1,"state":';
  const second = JSON.stringify({ version: 9, state: { steps: {} } });
  localStorage.setItem(DRAFT_STORAGE_KEY, first);
  await rehydrateDraft();

  localStorage.setItem(DRAFT_STORAGE_KEY, second);
  await rehydrateDraft();
  localStorage.setItem(DRAFT_STORAGE_KEY, first);
  await rehydrateDraft();

  expect(keptAsideTexts()).toEqual([first, second]);
  const backup: unknown = JSON.parse(localStorage.getItem(DRAFT_BACKUP_KEY) ?? 'null');
  expect(backup).toMatchObject({
    format: 'legcheck-draft-backup',
    items: [
      { keptAt: expect.any(String), reason: expect.stringMatching(/damaged/) },
      { keptAt: expect.any(String), reason: expect.stringMatching(/newer version/) },
    ],
  });
});

test('a backup left by an earlier LegCheck (one draft, as it was) is kept with the next one', async () => {
  const earlier = JSON.stringify({ version: 1, state: { steps: { about: { ageBand: '200' } } } });
  localStorage.setItem(DRAFT_BACKUP_KEY, earlier);
  localStorage.setItem(DRAFT_STORAGE_KEY, 'not a draft');

  await rehydrateDraft();

  expect(keptAsideTexts()).toEqual([earlier, 'not a draft']);
});

test('when the copy cannot be stored, the unreadable draft stays where it is and is not written over', async () => {
  const raw = JSON.stringify({ version: 1, state: { steps: { about: { ageBand: '200' } } } });
  localStorage.setItem(DRAFT_STORAGE_KEY, raw);
  const full = fillStorageFor(DRAFT_BACKUP_KEY);
  const { result } = renderHook(() => ({
    unreadable: useUnreadableDraft(),
    saveProblem: useDraftSaveProblem(),
  }));

  await act(() => rehydrateDraft());

  expect(getDraftSteps()).toEqual({});
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(raw);
  expect(result.current.unreadable).toBe('not-kept');

  act(() => draftActions.draftChanged('about', { sex: 'male' }));
  act(() => draftActions.draftCleared());
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(raw);
  expect(result.current.saveProblem).toBe('quota');

  // Once there is room for the copy, the next answer puts it aside and is saved.
  full.mockRestore();
  act(() => draftActions.draftChanged('about', { sex: 'male' }));
  expect(keptAsideTexts()).toEqual([raw]);
  expect(stored()).toMatchObject({ state: { steps: { about: { sex: 'male' } } } });
  expect(result.current).toEqual({ unreadable: 'kept', saveProblem: null });
});

test('a person is told when answers could not be read, until they dismiss it', async () => {
  const { result } = renderHook(() => useUnreadableDraft());
  expect(result.current).toBeNull();
  localStorage.setItem(DRAFT_STORAGE_KEY, '{"version":1,"state":');

  await act(() => rehydrateDraft());
  expect(result.current).toBe('kept');

  act(() => draftStatusActions.unreadableNoticeDismissed());
  expect(result.current).toBeNull();
});

test('an answer that cannot be written is reported until a write succeeds', () => {
  const full = fillStorageFor(DRAFT_STORAGE_KEY);
  const { result } = renderHook(() => useDraftSaveProblem());

  act(() => draftActions.draftChanged('about', { sex: 'male' }));
  expect(result.current).toBe('quota');
  expect(getDraftSteps().about).toEqual({ sex: 'male' });

  full.mockRestore();
  act(() => draftActions.draftChanged('about', { sex: 'female' }));
  expect(result.current).toBeNull();
  expect(stored()).toMatchObject({ state: { steps: { about: { sex: 'female' } } } });
});

test('"under 18" is kept as the person chose it, though it is not a valid answer', async () => {
  draftActions.draftChanged('about', { ageBand: 'under-18' });

  await rehydrateDraft();

  expect(getDraftSteps().about).toEqual({ ageBand: 'under-18' });
  expect(firstIncompleteStep(getDraftSteps())).toBe(1);
});

test('the first incomplete step follows the answers through the scoring schemas', () => {
  expect(firstIncompleteStep({})).toBe(1);
  expect(firstIncompleteStep({ ...COMPLETE_STEPS, timing: { when: [] } })).toBe(4);
  expect(
    firstIncompleteStep({ ...COMPLETE_STEPS, warningSigns: { redFlags: [], noneOfThese: false } }),
  ).toBe(3);
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

// Drafts are kept by step key, not by place: a draft saved while the warning signs were the last
// step resumes by the order of today, where they are step 3.
test('a draft saved halfway in the old order resumes at the warning signs, now step 3', async () => {
  const { about, symptoms, timing, diet } = draftV1.state.steps;
  localStorage.setItem(
    DRAFT_STORAGE_KEY,
    JSON.stringify({ version: 2, state: { steps: { about, symptoms, timing, diet }, id: 'd1' } }),
  );

  await rehydrateDraft();

  expect(getDraftSteps()).toEqual({ about, symptoms, timing, diet });
  expect(firstIncompleteStep(getDraftSteps())).toBe(3);
});

test('a draft whose warning signs were checked early resumes at the first other gap', async () => {
  const { about, symptoms, timing, warningSigns } = draftV1.state.steps;
  localStorage.setItem(
    DRAFT_STORAGE_KEY,
    JSON.stringify({
      version: 2,
      state: { steps: { about, symptoms, timing, warningSigns }, id: 'd2' },
    }),
  );

  await rehydrateDraft();

  expect(getDraftSteps().warningSigns).toEqual(warningSigns);
  // About you, symptoms, warning signs and timing are done: the diet (now step 5) is next.
  expect(firstIncompleteStep(getDraftSteps())).toBe(5);
});
