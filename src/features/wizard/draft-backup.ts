// Where an unreadable stored draft goes instead of being thrown away, and why it could not be
// read. Loaded with draft-schema.ts only when there is a stored draft to check (it brings zod).
import type { KeptAsideDocument, KeptAsideItem } from '../../lib/kept-aside';
import { addKeptAside, readKeptAside } from '../../lib/kept-aside';
import type { SafeStorage, StorageResult } from '../../lib/safe-storage';
import { DRAFT_BACKUP_FORMAT, DRAFT_BACKUP_KEY } from './draft-keys';
import { readDraftEnvelope } from './draft-schema';

/** Every draft kept aside on this device, oldest first. */
export function readDraftBackup(storage: SafeStorage): KeptAsideDocument {
  return readKeptAside(storage, DRAFT_BACKUP_KEY, DRAFT_BACKUP_FORMAT);
}

/** Adds unreadable drafts to the kept-aside list (each text only once). */
export function addToDraftBackup(
  storage: SafeStorage,
  items: readonly KeptAsideItem[],
): StorageResult<void> {
  return addKeptAside(storage, DRAFT_BACKUP_KEY, DRAFT_BACKUP_FORMAT, items);
}

/** Plain words for why a stored draft's text could not be read, kept with it in the backup. */
export function unreadableDraftReason(raw: string, currentVersion: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'The saved answers are damaged and cannot be read.';
  }
  const envelope = readDraftEnvelope(raw, currentVersion);
  if (envelope) return 'Some saved answers are not ones this version of LegCheck knows.';
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'version' in parsed &&
    typeof parsed.version === 'number' &&
    parsed.version > currentVersion
  ) {
    return `The saved answers were written by a newer version of LegCheck (format ${parsed.version}), which this version cannot read.`;
  }
  return 'The saved answers are not in a form LegCheck recognises.';
}
