// Puts the app's one history store into a known state before a component test: the stored text
// (if any) is loaded exactly as on a page load, and the visit's status starts afresh.
import { vi } from 'vitest';
import { HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { INITIAL_STATUS } from '../../../src/features/history/status';
import { historyStores } from '../../../src/features/history/store';

/**
 * Loads the history store from `stored` as if the page had just been opened. Await it: loading
 * happens to finish at once with localStorage, but the store's API promises no more than a
 * promise, and a test that reads the page before it settles would pass or fail by luck.
 */
export async function loadHistory(stored?: string): Promise<void> {
  historyStores.store.setState({ entries: [], deletedIds: [] });
  historyStores.status.setState({ ...INITIAL_STATUS }, true);
  localStorage.clear();
  if (stored !== undefined) localStorage.setItem(HISTORY_STORAGE_KEY, stored);
  await historyStores.store.persist.rehydrate();
}

/** Opens the history store again on what storage holds now, as a reload of the page would. */
export async function reloadHistory(): Promise<void> {
  // Resetting the store writes to storage, which a reload would not: put storage back after.
  const kept = Object.entries({ ...localStorage });
  historyStores.store.setState({ entries: [], deletedIds: [] });
  historyStores.status.setState({ ...INITIAL_STATUS }, true);
  localStorage.clear();
  for (const [key, value] of kept) localStorage.setItem(key, value);
  await historyStores.store.persist.rehydrate();
}

/** Catches files offered for download; `files()` reads back the name and text of each. */
export function catchDownloads() {
  const offered: Array<{ name: string; blob: Blob | undefined }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // jsdom cannot follow a download link; record it instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    offered.push({ name: this.download, blob: blobs.get(this.href) });
  });
  return {
    files: () =>
      Promise.all(
        offered.map(async ({ name, blob }) => ({ name, text: blob ? await blob.text() : '' })),
      ),
  };
}

/** The ids stored under the history key, newest first. */
export function storedIds(): string[] {
  const raw = localStorage.getItem(HISTORY_STORAGE_KEY);
  if (raw === null) return [];
  const parsed: { state: { entries: Array<{ id: string }> } } = JSON.parse(raw);
  return parsed.state.entries.map((entry) => entry.id);
}

/** Makes the browser refuse every download, as one that blocks them or cannot make a file would. */
export function refuseDownloads() {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    throw new Error('Downloads are blocked');
  });
}
