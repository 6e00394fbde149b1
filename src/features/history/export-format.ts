import { z } from 'zod/mini';
import { fileDateStamp } from '../../lib/download';
import { assess, SCORING_VERSION } from '../../scoring';
import { deepEqual } from './deep-equal';
import { issueFields, summariseFields } from './persistence';
import { readRecord } from './records/chain';
import type { RecordVersion } from './records/chain';
import { snapshotSchema } from './schema';
import type { Snapshot } from './schema';
import { parseJson } from '../../lib/parse-json';

/** The `format` value that marks a LegCheck history file. */
export const EXPORT_FORMAT = 'legcheck-history';
/** The version of the file format this app writes and reads. */
export const EXPORT_FORMAT_VERSION = 2;
/** The largest file an import accepts (1 MB). */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * The record version (records/chain.ts) of the results each file format version holds. Frozen:
 * files people downloaded keep their meaning. A new record version comes with a new
 * EXPORT_FORMAT_VERSION mapped to it here; every older one stays importable.
 */
const RECORD_VERSION_OF_FORMAT: ReadonlyMap<number, RecordVersion> = new Map([
  [1, 1],
  [2, 2],
]);

/** The record version of the results a file format version holds (undefined if unknown). */
export function recordVersionOfFormat(version: number): RecordVersion | undefined {
  return RECORD_VERSION_OF_FORMAT.get(version);
}

/** A LegCheck history file as this version writes it: today's saved results. */
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  entries: z.array(snapshotSchema),
});

/** A LegCheck history file. */
export type ExportFile = z.infer<typeof exportFileSchema>;

/** A file name for one saved result or the whole history, dated (local date) like 2025-03-14. */
export function exportFileName(kind: 'history' | 'result' | 'unreadable-data', date: Date): string {
  return `legcheck-${kind}-${fileDateStamp(date)}.json`;
}

/** Builds the file for some saved results. */
export function buildExportFile(entries: readonly Snapshot[], now: Date = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    entries: [...entries],
  };
}

/** One result in a file that failed validation: its position (from 1) and the fields at fault. */
export interface InvalidEntry {
  position: number;
  fields: string[];
}

/** Why a file cannot be imported. Nothing changes when a file has any of these. */
export type ImportProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable' }
  | { kind: 'not-json' }
  | { kind: 'wrong-format' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid-entries'; count: number; total: number; entries: InvalidEntry[] }
  | { kind: 'advice-mismatch'; positions: number[] };

/** The outcome of checking a file: every result in it, or the reason it cannot be used. */
export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

const headerSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number(),
  entries: z.array(z.unknown()),
});

/** The rest of a file of any known format version, once its results have been read. */
const fileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.int(),
  exportedAt: z.iso.datetime({ offset: true }),
  entries: z.array(z.unknown()),
});

/**
 * Positions (from 1) of results scored by the current rules whose stored advice is not what
 * those rules give for their answers: a file can be edited, and a result's advice is shown as
 * stored, so it must not say something its answers do not. Results from older rules cannot be
 * re-checked; their page says which rules made them.
 */
function adviceMismatches(entries: readonly Snapshot[]): number[] {
  const positions: number[] = [];
  entries.forEach((entry, index) => {
    if (entry.scoringVersion !== SCORING_VERSION) return;
    if (!deepEqual(entry.assessment, assess(entry.answers))) positions.push(index + 1);
  });
  return positions;
}

/**
 * Checks the whole text of a file before anything is imported, and reads a file of any past
 * format version as today's results (through the record chain). Never throws.
 */
export function parseExportFile(text: string): ParsedImport {
  const data = parseJson(text);
  if (data === undefined) return { ok: false, problem: { kind: 'not-json' } };
  const header = headerSchema.safeParse(data);
  if (!header.success) return { ok: false, problem: { kind: 'wrong-format' } };
  const { formatVersion, entries } = header.data;
  if (Number.isInteger(formatVersion) && formatVersion > EXPORT_FORMAT_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version: formatVersion } };
  }
  const recordVersion = recordVersionOfFormat(formatVersion);
  if (recordVersion === undefined) return { ok: false, problem: { kind: 'wrong-format' } };
  const invalid: InvalidEntry[] = [];
  const snapshots: Snapshot[] = [];
  entries.forEach((entry, index) => {
    const read = readRecord(entry, recordVersion);
    if (read.ok) snapshots.push(read.snapshot);
    else invalid.push({ position: index + 1, fields: summariseFields(issueFields(read.error)) });
  });
  if (invalid.length > 0) {
    return {
      ok: false,
      problem: {
        kind: 'invalid-entries',
        count: invalid.length,
        total: entries.length,
        entries: invalid,
      },
    };
  }
  const file = fileSchema.safeParse(data);
  if (!file.success) return { ok: false, problem: { kind: 'wrong-format' } };
  const positions = adviceMismatches(snapshots);
  if (positions.length > 0) return { ok: false, problem: { kind: 'advice-mismatch', positions } };
  // Today's file: the results as today's Snapshots, whatever format version they came in.
  const current: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: file.data.exportedAt,
    entries: snapshots,
  };
  return { ok: true, file: current };
}

/** Reads a chosen file and checks it: size first, then text, then the whole content. */
export async function readImportFile(file: Blob): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { kind: 'too-large', bytes: file.size } };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  return parseExportFile(text);
}

/** The most failing results a message lists one by one. */
const MAX_ENTRIES_NAMED = 5;

/** A plain message for a file that cannot be imported. */
export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `This file is too large (${(problem.bytes / 1_000_000).toFixed(1)} MB). A LegCheck history file is at most 1 MB. Nothing was imported.`;
    case 'unreadable':
      return 'This file could not be opened. Nothing was imported.';
    case 'not-json':
      return 'This file is not a LegCheck history file (it is not JSON text). Nothing was imported.';
    case 'wrong-format':
      return 'This file is not a LegCheck history file. Choose a file that LegCheck exported. Nothing was imported.';
    case 'newer-version':
      return `This file comes from a newer version of LegCheck (file format ${problem.version}) than this one. To open it, update LegCheck: reload this page while online, then import the file again. Nothing was imported.`;
    case 'invalid-entries': {
      const listed = problem.entries
        .slice(0, MAX_ENTRIES_NAMED)
        .map((entry) => `result ${entry.position} (${entry.fields.join(', ')})`);
      const more =
        problem.entries.length > MAX_ENTRIES_NAMED
          ? ` and ${problem.entries.length - MAX_ENTRIES_NAMED} more`
          : '';
      return `${problem.count} of the ${problem.total} results in this file could not be read: ${listed.join('; ')}${more}. Nothing was imported.`;
    }
    case 'advice-mismatch': {
      const { positions } = problem;
      const named = positions.slice(0, MAX_ENTRIES_NAMED).map(String);
      const rest = positions.length - named.length;
      const last = rest > 0 ? `${rest} more` : named.pop();
      const which =
        positions.length === 1 ? `result ${last}` : `results ${named.join(', ')} and ${last}`;
      const whose = positions.length === 1 ? 'its' : 'their';
      return `The advice saved with ${which} in this file does not match ${whose} answers, so it cannot be trusted (the file may have been changed). Nothing was imported.`;
    }
  }
}

/** What an import did: the problem that stopped it, or what was added and skipped. */
export type ImportResult =
  | { ok: false; problem: ImportProblem }
  | { ok: true; added: number; skipped: number; stored: boolean };

/** Adds results to the history (the store's `entriesImported`). */
type AddEntries = (entries: readonly Snapshot[]) => {
  added: number;
  skipped: number;
  write: { ok: boolean };
};

/** Imports a checked file: nothing changes unless the whole file is valid. */
export function importParsed(parsed: ParsedImport, addEntries: AddEntries): ImportResult {
  if (!parsed.ok) return parsed;
  const { added, skipped, write } = addEntries(parsed.file.entries);
  return { ok: true, added, skipped, stored: write.ok };
}

/** Checks and imports the text of a file. Never throws. */
export function importHistoryText(text: string, addEntries: AddEntries): ImportResult {
  return importParsed(parseExportFile(text), addEntries);
}

/** Checks and imports a chosen file. */
export async function importHistoryFile(file: Blob, addEntries: AddEntries): Promise<ImportResult> {
  return importParsed(await readImportFile(file), addEntries);
}
