// zustand's persist writes `{ state, version }`. The saved history and the draft both read their
// stored text as far as that envelope first, and the same three things can be wrong with it.
import { z } from 'zod/mini';
import { parseJson } from './parse-json';

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.minimum(0)) });

/** Why stored text could not be read as far as its envelope. */
export type EnvelopeProblem =
  { kind: 'not-json' } | { kind: 'wrong-shape' } | { kind: 'newer-version'; version: number };

/**
 * Reads text written by zustand's persist as far as its envelope: the state and its format
 * version. Text from a newer LegCheck than `currentVersion` is not read (its shape is unknown).
 */
export function readPersistEnvelope(
  raw: string,
  currentVersion: number,
): { ok: true; state: unknown; version: number } | { ok: false; problem: EnvelopeProblem } {
  const parsed = parseJson(raw);
  if (parsed === undefined) return { ok: false, problem: { kind: 'not-json' } };
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return { ok: false, problem: { kind: 'wrong-shape' } };
  const { state, version } = envelope.data;
  if (version > currentVersion) return { ok: false, problem: { kind: 'newer-version', version } };
  return { ok: true, state, version };
}
