/** True for a plain object (not null, not a list), so its keys can be read from unknown data. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
