import { z } from 'zod/mini';
import { isRecord } from '../../scoring';
import { readPersistEnvelope } from '../../lib/persist-envelope';
import type { EnvelopeProblem } from '../../lib/persist-envelope';
import { CURRENT_RECORD_VERSION, readRecord } from './records/chain';
import type { RecordVersion } from './records/chain';
import { byNewest } from './schema';
import type { PersistedHistory, Snapshot } from './schema';

// The storage format is described in docs/decisions/004-storage-format.md.

export { HISTORY_BACKUP_KEY, HISTORY_STORAGE_KEY } from './stored';
/** The version of the stored history format this app writes and reads. */
export const HISTORY_VERSION = 3;

/**
 * The record version (records/chain.ts) of the results each stored history version holds.
 * Frozen: a version, once written to people's devices, always means the same records. A new
 * record version comes with a new HISTORY_VERSION mapped to it here.
 */
const RECORD_VERSION_OF_HISTORY: ReadonlyMap<number, RecordVersion> = new Map([
  [1, 1],
  [2, 1],
  [3, 2],
]);

/** The record version of the results a stored history version holds (undefined if unknown). */
export function recordVersionOfHistory(version: number): RecordVersion | undefined {
  return RECORD_VERSION_OF_HISTORY.get(version);
}
/** The most problem fields a message names; the rest are summed up. */
const MAX_FIELDS_NAMED = 8;

/** Why stored history could not be read, in whole or in part. */
export type LoadProblem =
  EnvelopeProblem | { kind: 'invalid-entries'; count: number; total: number; fields: string[] };

/** An empty history. */
export const EMPTY_HISTORY: PersistedHistory = { entries: [], deletedIds: [] };

/** Reads the text stored under the history key as far as the envelope and its version. */
export function readEnvelope(
  raw: string,
): { ok: true; state: unknown; version: number } | { ok: false; problem: LoadProblem } {
  return readPersistEnvelope(raw, HISTORY_VERSION);
}

/**
 * Brings an older stored history up to the current format. Version 1 (before scoring versions
 * were recorded) kept `{ results: [{ id, date (epoch ms), answers, assessment, note? }] }`.
 * Results of an older record version go through the record chain to today's Snapshot.
 * Anything it cannot map is passed on unchanged so that validation sets it aside, not drops it.
 */
export function migrateHistory(persisted: unknown, version: number): unknown {
  let state = persisted;
  if (version === 1 && isRecord(persisted) && Array.isArray(persisted.results)) {
    state = {
      entries: persisted.results.map((result: unknown) => {
        if (!isRecord(result)) return result;
        const { date, ...rest } = result;
        const createdAt =
          typeof date === 'number' && Number.isFinite(date) && Math.abs(date) <= 8.64e15
            ? new Date(date).toISOString()
            : date;
        // v1 did not record which rules scored a result: 0 marks "older than any known version".
        return { ...rest, createdAt, scoringVersion: 0 };
      }),
      deletedIds: [],
    };
  }
  const recordVersion = recordVersionOfHistory(version);
  if (recordVersion === undefined || recordVersion === CURRENT_RECORD_VERSION) return state;
  if (!isRecord(state) || !Array.isArray(state.entries)) return state;
  return {
    ...state,
    entries: state.entries.map((entry: unknown) => {
      const read = readRecord(entry, recordVersion);
      return read.ok ? read.snapshot : entry;
    }),
  };
}

/** Names the fields a zod error is about, e.g. `answers.diet.water`. */
export function issueFields(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(whole)'))];
}

/** Sums up field names for a message, naming at most a few. */
export function summariseFields(fields: readonly string[]): string[] {
  const unique = [...new Set(fields)];
  if (unique.length <= MAX_FIELDS_NAMED) return unique;
  return [...unique.slice(0, MAX_FIELDS_NAMED), `${unique.length - MAX_FIELDS_NAMED} more`];
}

const looseHistorySchema = z.looseObject({ entries: z.array(z.unknown()) });

/**
 * Validates stored history (current format) entry by entry, each through the record chain:
 * valid entries are kept, invalid ones are counted and named so that the caller can keep the
 * raw data aside.
 */
export function validateHistory(state: unknown): {
  history: PersistedHistory;
  problem: LoadProblem | null;
} {
  if (state === undefined || state === null) return { history: EMPTY_HISTORY, problem: null };
  const loose = looseHistorySchema.safeParse(state);
  if (!loose.success) return { history: EMPTY_HISTORY, problem: { kind: 'wrong-shape' } };
  const { entries: candidates, deletedIds, ...unknownKeys } = loose.data;
  let shapeOk = Object.keys(unknownKeys).length === 0;
  const ids = z.array(z.string()).safeParse(deletedIds ?? []);
  if (!ids.success) shapeOk = false;
  const entries: Snapshot[] = [];
  const fields: string[] = [];
  let count = 0;
  for (const candidate of candidates) {
    const entry = readRecord(candidate, CURRENT_RECORD_VERSION);
    if (entry.ok) {
      entries.push(entry.snapshot);
    } else {
      count += 1;
      fields.push(...issueFields(entry.error));
    }
  }
  const history = normalizeHistory({ entries, deletedIds: ids.success ? ids.data : [] });
  if (count > 0) {
    const total = candidates.length;
    return {
      history,
      problem: { kind: 'invalid-entries', count, total, fields: summariseFields(fields) },
    };
  }
  return { history, problem: shapeOk ? null : { kind: 'wrong-shape' } };
}

/** Reads stored text all the way: envelope, migration, validation. */
export function parseStoredHistory(raw: string): {
  history: PersistedHistory | null;
  problem: LoadProblem | null;
} {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return { history: null, problem: envelope.problem };
  const state =
    envelope.version === HISTORY_VERSION
      ? envelope.state
      : migrateHistory(envelope.state, envelope.version);
  return validateHistory(state);
}

/**
 * The one order and shape every tab writes: newest first, no duplicate ids, nothing that was
 * deleted, deleted ids sorted. Two tabs holding the same data then write the same text.
 */
export function normalizeHistory(history: PersistedHistory): PersistedHistory {
  const deleted = new Set(history.deletedIds);
  const seen = new Set<string>();
  const entries = [...history.entries].sort(byNewest).filter((entry) => {
    if (deleted.has(entry.id) || seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
  return { entries, deletedIds: [...deleted].sort() };
}

/**
 * Merges what another tab (or an earlier write) left in storage with what this tab holds:
 * storage is the newer truth for deletions, and nothing this tab holds is lost unless storage
 * says it was deleted. `added` counts entries storage lacked, which then need writing back.
 */
export function mergeHistories(
  stored: PersistedHistory,
  memory: PersistedHistory,
): { history: PersistedHistory; added: number } {
  const known = new Set([...stored.entries.map((entry) => entry.id), ...stored.deletedIds]);
  const extra = memory.entries.filter((entry) => !known.has(entry.id));
  return {
    history: normalizeHistory({
      entries: [...stored.entries, ...extra],
      deletedIds: stored.deletedIds,
    }),
    added: extra.length,
  };
}

/** Words for why data was kept aside, also written into the backup. */
export function describeLoadProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return 'The stored data is damaged and cannot be read.';
    case 'wrong-shape':
      return 'Some or all of the stored data is not in a form LegCheck recognises.';
    case 'newer-version':
      return `The stored data comes from a newer version of LegCheck (format ${problem.version}) than this one. Reload this page while online to update LegCheck and open it.`;
    case 'invalid-entries':
      return `${problem.count} of ${problem.total} saved ${problem.total === 1 ? 'result' : 'results'} could not be read (problems in: ${problem.fields.join(', ')}).`;
  }
}
