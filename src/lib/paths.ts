// Every address of the app, built in one place: no page spells a route or encodes an id by
// hand. Ids come from storage and imported files, so they are encoded here for every link.

/** The one path segment that is not a saved result's id under /history. */
const RESERVED_HISTORY_SEGMENTS = new Set(['compare']);

/**
 * One id as a path segment: percent-encoded, with dots encoded too, and a reserved word (a page
 * under /history) written as escapes so that it can only be read back as the id.
 */
export function encodeIdSegment(id: string): string {
  const encoded = encodeURIComponent(id).replace(/\./g, '%2E');
  if (!RESERVED_HISTORY_SEGMENTS.has(encoded)) return encoded;
  return [...encoded]
    .map((char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/** The app's addresses. */
export const paths = {
  /** The start page. */
  start: '/',
  /** A wizard step's page, by its number (1 to the number of steps). */
  step: (step: number): string => `/step/${step}`,
  /** The results of the questionnaire in progress. */
  results: '/results',
  history: {
    /** The list of saved results. */
    list: '/history',
    /** One saved result. */
    result: (id: string): string => `/history/${encodeIdSegment(id)}`,
    /** The summary of one saved result, to print for a doctor. */
    print: (id: string): string => `/history/${encodeIdSegment(id)}/print`,
    /** Two saved results side by side. */
    compare: (a: string, b: string): string =>
      `/history/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  },
} as const;
