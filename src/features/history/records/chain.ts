// The chain that reads a saved result of any past record version as today's Snapshot.
//
// A stored or exported result is a record of a frozen version (v1.ts, …), never checked against
// the live schemas directly: the live answers and assessment change with the questionnaire and
// the clinical model, and a result saved before a change must still open after it. Reading is
//   frozen schema of the record's version → pure steps up to the newest version → live schema.
//
// To add record version N+1 (for example v2, which adds `cautions` to the assessment):
//   1. records/vN+1.ts: a frozen copy of the new snapshot shape (recordVN+1Schema);
//   2. here: one pure step `vNToVN+1` (v1 → v2: `cautions: []`, exactly what a v1 result showed),
//      a new `upFromVN+1` (the identity), `upFromVN` becomes `upFromVN+1(vNToVN+1(record))`,
//      and READERS, RECORD_VERSIONS, CURRENT_RECORD_VERSION and NewestRecord move on;
//   3. the containers that say which record version they hold: a new HISTORY_VERSION in
//      persistence.ts and a new EXPORT_FORMAT_VERSION in export-format.ts;
//   4. a frozen fixture written by the new build (tests/fixtures/records/README.md).
import type { z } from 'zod/mini';
import { snapshotSchema } from '../schema';
import type { Snapshot } from '../schema';
import { recordV1Schema } from './v1';
import type { RecordV1 } from './v1';
import { recordV2Schema } from './v2';
import type { RecordV2 } from './v2';

/** Every record version this app reads, oldest first. */
export const RECORD_VERSIONS = [1, 2] as const;
/** A record version this app reads. */
export type RecordVersion = (typeof RECORD_VERSIONS)[number];
/** The record version this app writes: the shape of today's Snapshot. */
export const CURRENT_RECORD_VERSION: RecordVersion = 2;
/** The frozen schema of the newest record version (what the app writes must pass it). */
export const newestRecordSchema = recordV2Schema;
/** A record of the newest version. */
export type NewestRecord = RecordV2;

// The steps up, each pure and exact: a step adds only what the older result already meant.

/**
 * Version 1 to 2: the assessment gains `cautions`. A version 1 result showed no cautions, so it
 * gets none (never cautions worked out again from its answers: it must show what it showed then).
 */
export function v1ToV2(record: RecordV1): RecordV2 {
  return { ...record, assessment: { ...record.assessment, cautions: [] } };
}

/** Brings a version 2 record to the newest version. Version 2 is the newest. */
function upFromV2(record: RecordV2): NewestRecord {
  return record;
}

/** Brings a version 1 record to the newest version. */
function upFromV1(record: RecordV1): NewestRecord {
  return upFromV2(v1ToV2(record));
}

/** A record checked against its version's frozen schema and brought to the newest version. */
export type UpgradedRecord =
  { ok: true; record: NewestRecord } | { ok: false; error: z.core.$ZodError };

function reader<T>(schema: z.ZodMiniType<T>, up: (record: T) => NewestRecord) {
  return (value: unknown): UpgradedRecord => {
    const parsed = schema.safeParse(value);
    return parsed.success
      ? { ok: true, record: up(parsed.data) }
      : { ok: false, error: parsed.error };
  };
}

/** For each version, how to read one of its records. */
const READERS: { [V in RecordVersion]: (value: unknown) => UpgradedRecord } = {
  1: reader(recordV1Schema, upFromV1),
  2: reader(recordV2Schema, upFromV2),
};

/** Checks one record against the frozen schema of its version and brings it to the newest. */
export function upgradeRecord(value: unknown, version: RecordVersion): UpgradedRecord {
  return READERS[version](value);
}

/** A record read all the way to today's Snapshot, or the problems that stopped it. */
export type ReadRecord = { ok: true; snapshot: Snapshot } | { ok: false; error: z.core.$ZodError };

/**
 * Reads one stored or exported result of the given record version as today's Snapshot: the
 * frozen schema, the steps up, then the live snapshot schema (which also refuses ids that
 * cannot be put in an address, and gives the live key order).
 */
export function readRecord(value: unknown, version: RecordVersion): ReadRecord {
  const upgraded = upgradeRecord(value, version);
  if (!upgraded.ok) return upgraded;
  // The newest record is today's Snapshot: if a live schema change breaks this assignment, the
  // change needs a new record version and a step up (see the top of this file).
  const newest: Snapshot = upgraded.record;
  const live = snapshotSchema.safeParse(newest);
  return live.success ? { ok: true, snapshot: live.data } : { ok: false, error: live.error };
}
