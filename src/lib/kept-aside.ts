// Stored data that could not be read is never thrown away: it is kept aside under a backup key
// as a list of items (the text, when and why), so a second unreadable value never replaces the
// first. The saved history (src/features/history/keep-aside.ts) and the draft share it.
import { z } from 'zod/mini';
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
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.value);
    } catch {
      parsed = undefined;
    }
    const backup = documentSchema(format).safeParse(parsed);
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
