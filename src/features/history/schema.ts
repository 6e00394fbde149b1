import { z } from 'zod/mini';
import { answersSchema, assessmentSchema } from '../../scoring';

/** The longest note a person can keep with a saved result. */
export const NOTE_MAX_LENGTH = 500;

/** A person's own note on a saved result: plain text, at most NOTE_MAX_LENGTH characters. */
export const noteSchema = z.string().check(
  z.maxLength(NOTE_MAX_LENGTH, {
    error: `Keep the note to ${NOTE_MAX_LENGTH} characters or fewer`,
  }),
);

/**
 * One saved result: the answers, the assessment exactly as it was shown, and the version of the
 * scoring rules that produced it. Immutable except for the note.
 */
export const snapshotSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  createdAt: z.iso.datetime({ offset: true }),
  answers: answersSchema,
  assessment: assessmentSchema,
  scoringVersion: z.int().check(z.minimum(0)),
  note: z.optional(noteSchema),
});

/** One saved result. */
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * What the history store keeps on the device (format version 2): the saved results, newest
 * first, and the ids of deleted ones so that another open tab cannot bring them back.
 */
export const persistedHistorySchema = z.strictObject({
  entries: z.array(snapshotSchema),
  deletedIds: z.array(z.string()),
});

/** The stored history. */
export type PersistedHistory = z.infer<typeof persistedHistorySchema>;

/** Newest first; ties (same instant) by id so every tab orders the same data the same way. */
export function byNewest(a: Snapshot, b: Snapshot): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
