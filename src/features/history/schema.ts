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
 * Whether an id can be put in an address. The browser's URL parser collapses a path segment of
 * only dots ('.', '..'), even percent-encoded, a lone surrogate cannot be encoded, and control
 * characters have no place in one; every
 * other id (`a/b`, `100%`, `compare`, `../../x`) is encoded by src/lib/paths.ts.
 */
export function isAddressableId(id: string): boolean {
  if (/^\.+$/.test(id)) return false;
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws on it).
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(id))
    return false;
  return ![...id].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

/** The id of a saved result: 1 to 100 characters that can be put in an address. */
export const snapshotIdSchema = z.string().check(
  z.minLength(1, { error: 'The id is empty' }),
  z.maxLength(100, { error: 'The id is longer than 100 characters' }),
  z.refine(isAddressableId, {
    error:
      'The id cannot be only dots or hold control characters or broken text (it could not be opened)',
  }),
);

/**
 * One saved result: the answers, the assessment exactly as it was shown, and the version of the
 * scoring rules that produced it. Immutable except for the note. This is the live shape, checked
 * against today's answers and assessment schemas: stored and imported results are read through
 * the record chain (records/chain.ts), never against this schema alone.
 */
export const snapshotSchema = z.strictObject({
  id: snapshotIdSchema,
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
