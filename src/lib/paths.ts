// Every address of the app, built and read in one place: no page spells a route or encodes an id
// by hand, and the parsers below read addresses by the same rules the builders write them.
// Ids come from storage and imported files, so they are encoded here for every link. A step's
// address is its key ('/step/warning-signs'), not its place, so moving a step moves no link; the
// numbered addresses of before ('/step/7') are read by the order they were written in.
import type { QuestionStep } from '../scoring/question-steps';
import { QUESTION_STEPS } from '../scoring/question-steps';

const STEP = 'step';
const RESULTS = 'results';
const HISTORY = 'history';
const COMPARE = 'compare';
const PRINT = 'print';
const COMPARE_A = 'a';
const COMPARE_B = 'b';

/** The one path segment that is not a saved result's id under /history. */
const RESERVED_HISTORY_SEGMENTS: ReadonlySet<string> = new Set([COMPARE]);

// A lone UTF-16 surrogate has no UTF-8 form, so encodeURIComponent throws on it. Such an id gets
// a link that leads to "not found" instead of a page that crashes.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeComponent(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

function percentEscape(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * One id as a path segment: percent-encoded (so '/', '%', '?' and '#' stay inside the segment),
 * with dots encoded too (so a server never takes `a.json` for a file), and a reserved word (a page
 * under /history) written as escapes so that it can only be read back as the id.
 */
export function encodeIdSegment(id: string): string {
  const encoded = encodeComponent(id).replace(/\./g, '%2E');
  if (!RESERVED_HISTORY_SEGMENTS.has(encoded)) return encoded;
  return [...encoded].map(percentEscape).join('');
}

/**
 * The order of the steps until issue 13, frozen: step addresses were '/step/1' to '/step/7' by
 * this order, and old bookmarks, links and drafts still hold them. Never change it.
 */
const NUMBERED_STEP_ADDRESSES: readonly QuestionStep[] = [
  'about',
  'symptoms',
  'timing',
  'diet',
  'lifestyle',
  'health',
  'warningSigns',
];

/** A step's key as a path segment: 'warningSigns' is 'warning-signs'. */
function stepSegment(key: QuestionStep): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The app's addresses. */
export const paths = {
  /** The start page. */
  start: '/',
  /** A wizard step's page, by its key: '/step/warning-signs'. */
  step: (key: QuestionStep): string => `/${STEP}/${stepSegment(key)}`,
  /** The results of the questionnaire in progress. */
  results: `/${RESULTS}`,
  history: {
    /** The list of saved results. */
    list: `/${HISTORY}`,
    /** One saved result. */
    result: (id: string): string => `/${HISTORY}/${encodeIdSegment(id)}`,
    /** The summary of one saved result, to print for a doctor. */
    print: (id: string): string => `/${HISTORY}/${encodeIdSegment(id)}/${PRINT}`,
    /** Two saved results side by side. */
    compare: (a: string, b: string): string =>
      `/${HISTORY}/${COMPARE}?${COMPARE_A}=${encodeComponent(a)}&${COMPARE_B}=${encodeComponent(b)}`,
  },
} as const;

/**
 * The one spelling of a path: without trailing slashes ('/results/' is '/results'), so an address
 * typed or pasted with a slash at the end shows the same page.
 */
export function canonicalPath(path: string): string {
  const trimmed = trimSlashes(path);
  // A numbered step address from before the steps moved ('/step/7', an old bookmark or link) is
  // spelled by its step's key, so it lands on the step it always meant.
  const step = parseStepPath(trimmed);
  return step?.numbered ? paths.step(step.key) : trimmed;
}

function trimSlashes(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** A path's segments after the leading slash, read from its canonical spelling. */
function segmentsOf(path: string): string[] {
  const canonical = trimSlashes(path);
  return canonical === '/' ? [] : canonical.split('/').slice(1);
}

/** decodeURIComponent that says null for a malformed escape ('%E0%A4%A', '%') instead of throwing. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Where under /history an address points. */
export type HistoryPath =
  | { page: 'list' }
  | { page: 'compare' }
  | { page: 'result'; id: string }
  | { page: 'print'; id: string }
  | { page: 'unknown' };

function readHistorySegments(rest: readonly string[]): HistoryPath {
  const [first, second, ...more] = rest;
  if (first === undefined) return { page: 'list' };
  if (more.length > 0) return { page: 'unknown' };
  // Read before decoding: an id spelled 'compare' is written as escapes by encodeIdSegment.
  if (RESERVED_HISTORY_SEGMENTS.has(first)) {
    return second === undefined ? { page: 'compare' } : { page: 'unknown' };
  }
  const id = decodeSegment(first);
  if (!id) return { page: 'unknown' };
  if (second === undefined) return { page: 'result', id };
  if (second === PRINT) return { page: 'print', id };
  return { page: 'unknown' };
}

/** Reads a path under /history: '/history', '/history/compare', '/history/<id>', '/history/<id>/print'. */
export function parseHistoryPath(path: string): HistoryPath {
  const [section, ...rest] = segmentsOf(path);
  return section === HISTORY ? readHistorySegments(rest) : { page: 'unknown' };
}

/** The two ids of a compare address's query ('?a=…&b=…'), each null when missing. */
export function parseCompareQuery(search: string): { a: string | null; b: string | null } {
  const params = new URLSearchParams(search);
  return { a: params.get(COMPARE_A), b: params.get(COMPARE_B) };
}

/** The step a step address names, and whether it was an old numbered address. */
export interface StepAt {
  key: QuestionStep;
  /** '/step/1' to '/step/7', read by the order of before (NUMBERED_STEP_ADDRESSES). */
  numbered: boolean;
}

/**
 * The step of a '/step/<key>' path, or of an old '/step/N' one (N read by the order the numbers
 * were written in, so '/step/7' is still the warning signs); null for anything else.
 */
export function parseStepPath(path: string): StepAt | null {
  const [section, segment, ...more] = segmentsOf(path);
  if (section !== STEP || segment === undefined || more.length > 0) return null;
  const key = QUESTION_STEPS.find((step) => stepSegment(step) === segment);
  if (key !== undefined) return { key, numbered: false };
  const numbered = /^[1-9]$/.test(segment)
    ? NUMBERED_STEP_ADDRESSES[Number(segment) - 1]
    : undefined;
  return numbered === undefined ? null : { key: numbered, numbered: true };
}

/** A page under /history that exists. */
export type HistoryAt = Exclude<HistoryPath, { page: 'unknown' }>;

/** Which page an address shows. */
export type PathTarget =
  | { page: 'start' }
  | { page: 'step'; step: QuestionStep }
  | { page: 'results' }
  | { page: 'history'; at: HistoryAt }
  | { page: 'not-found' };

/** Reads any app address; a malformed escape or an unknown address is 'not-found', never an error. */
export function parsePath(path: string): PathTarget {
  const segments = segmentsOf(path);
  const [section, ...rest] = segments;
  if (section === undefined) return { page: 'start' };
  if (section === STEP) {
    const step = parseStepPath(path);
    return step === null ? { page: 'not-found' } : { page: 'step', step: step.key };
  }
  if (section === RESULTS) return rest.length === 0 ? { page: 'results' } : { page: 'not-found' };
  if (section === HISTORY) {
    const at = readHistorySegments(rest);
    return at.page === 'unknown' ? { page: 'not-found' } : { page: 'history', at };
  }
  return { page: 'not-found' };
}
