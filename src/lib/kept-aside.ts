// Stored data that could not be read is never thrown away: it is kept aside under a backup key
// as a list of items (the text, when and why), so a second unreadable value never replaces the
// first. The saved history (src/features/history/keep-aside.ts) and the draft share it.
import { z } from 'zod/mini';
import { parseJson } from './parse-json';
import type { SafeStorage, StorageResult } from './safe-storage';

/**
 * One piece of unreadable data, kept aside with the time and the reason, and when the person
 * downloaded it (older items have no `downloadedAt`: not dealt with yet, the safe side).
 */
export const keptAsideItemSchema = z.object({
  keptAt: z.string(),
  reason: z.string(),
  raw: z.string(),
  downloadedAt: z.optional(z.string()),
});

/** One kept-aside item. */
export type KeptAsideItem = z.infer<typeof keptAsideItemSchema>;

/** The document under a backup key, and the file a "download" button gives. */
export interface KeptAsideDocument {
  format: string;
  items: KeptAsideItem[];
}

function documentSchema(format: string) {
  return z.object({ format: z.literal(format), items: z.array(keptAsideItemSchema) });
}

/**
 * Reads the kept-aside document under `key`, tolerantly: text that is not such a document (an
 * older single-slot backup, or damage) becomes an item itself, so it is never lost either.
 */
export function readKeptAside(
  storage: SafeStorage,
  key: string,
  format: string,
): KeptAsideDocument {
  const read = storage.read(key);
  const items: KeptAsideItem[] = [];
  if (read.ok && read.value !== null) {
    const backup = documentSchema(format).safeParse(parseJson(read.value));
    if (backup.success) items.push(...backup.data.items);
    else items.push({ keptAt: '', reason: 'earlier backup in an unknown form', raw: read.value });
  }
  return { format, items };
}

/** Writes the kept-aside document under `key` with exactly these items. */
export function writeKeptAside(
  storage: SafeStorage,
  key: string,
  format: string,
  items: readonly KeptAsideItem[],
): StorageResult<void> {
  return storage.write(key, JSON.stringify({ format, items }));
}

/** Adds items to the kept-aside document under `key`; the same text is kept only once. */
export function addKeptAside(
  storage: SafeStorage,
  key: string,
  format: string,
  items: readonly KeptAsideItem[],
): StorageResult<void> {
  const backup = readKeptAside(storage, key, format);
  const raws = new Set(backup.items.map((item) => item.raw));
  const fresh = items.filter((item) => !raws.has(item.raw));
  if (fresh.length === 0) return { ok: true, value: undefined };
  return writeKeptAside(storage, key, format, [...backup.items, ...fresh]);
}

/** The items nobody has dealt with yet: not downloaded (older items count as not). */
export function notDealtWith(document: KeptAsideDocument): KeptAsideItem[] {
  return document.items
    .filter((item) => item.downloadedAt === undefined)
    .map(({ keptAt, reason, raw }) => ({ keptAt, reason, raw }));
}

/**
 * What the person is to be told about, and whether every item kept in this visit reached storage:
 * the stored items not dealt with, and this visit's items that could not be stored (full storage:
 * memory is all there is) unless they were downloaded in this visit.
 */
export function keptAsideStatus(
  document: KeptAsideDocument,
  keptHere: readonly KeptAsideItem[],
  downloadedHere: ReadonlySet<string>,
): { unreadable: KeptAsideItem[]; keptAsideStored: boolean } {
  const stored = new Set(document.items.map((item) => item.raw));
  const unsaved = keptHere.filter((item) => !stored.has(item.raw) && !downloadedHere.has(item.raw));
  return {
    unreadable: [...notDealtWith(document), ...unsaved],
    keptAsideStored: keptHere.every((item) => stored.has(item.raw)),
  };
}

/**
 * Everything kept aside, the stored items and this visit's that could not be stored, as the file
 * the person downloads (without the notes of earlier downloads).
 */
export function keptAsideFile(
  document: KeptAsideDocument,
  keptHere: readonly KeptAsideItem[],
): KeptAsideDocument {
  const stored = new Set(document.items.map((item) => item.raw));
  const unsaved = keptHere.filter((item) => !stored.has(item.raw));
  const items = [...document.items, ...unsaved].map(({ keptAt, reason, raw }) => ({
    keptAt,
    reason,
    raw,
  }));
  return { format: document.format, items };
}

/** Notes in the document under `key` that the person downloaded these items (`file`), at `at`. */
export function markKeptAsideDownloaded(
  storage: SafeStorage,
  key: string,
  file: KeptAsideDocument,
  at: string,
): StorageResult<void> {
  const raws = new Set(file.items.map((item) => item.raw));
  const document = readKeptAside(storage, key, file.format);
  let changed = false;
  const items = document.items.map((item) => {
    if (item.downloadedAt !== undefined || !raws.has(item.raw)) return item;
    changed = true;
    return { ...item, downloadedAt: at };
  });
  return changed
    ? writeKeptAside(storage, key, file.format, items)
    : { ok: true, value: undefined };
}
