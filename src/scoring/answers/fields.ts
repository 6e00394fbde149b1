import { z } from 'zod/mini';

/** A single choice from a fixed list, with a plain message when it is missing or wrong. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** A set of choices from a fixed list: no repeats, optionally at least one. */
export function choices<const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
  options: { atLeastOne?: string } = {},
) {
  const base = z.array(z.enum(values, { error: message }), { error: message });
  const sized = options.atLeastOne
    ? base.check(z.minLength(1, { error: options.atLeastOne }))
    : base;
  return sized.check(
    z.refine((list) => new Set(list).size === list.length, {
      error: 'Each option can be chosen only once',
    }),
  );
}
