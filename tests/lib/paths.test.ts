// Every address is built and read back by src/lib/paths.ts: what a link says is what the page
// reads, for any id a saved result can have.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { QUESTION_STEPS } from '../../src/scoring/question-steps';
import {
  canonicalPath,
  encodeIdSegment,
  parseCompareQuery,
  parseHistoryPath,
  parsePath,
  parseStepPath,
  paths,
} from '../../src/lib/paths';

/** The path and query of an address as the browser keeps it after following the link. */
function followed(address: string): { path: string; search: string } {
  const url = new URL(address, 'http://127.0.0.1');
  return { path: url.pathname, search: url.search };
}

// Ids that were once read as another page, another folder or a broken escape.
const AWKWARD_IDS = [
  '../../x',
  'a/b',
  '100%',
  'compare',
  'print',
  '%2F',
  '%E0%A4%A',
  'a.json',
  '.hidden',
  'x..',
  'a?b=c#d',
  'a b+c',
  'Ärztin 🦵 検査',
  'COMPARE',
  '%63ompare',
];

// The snapshot schema refuses ids made only of dots (a browser reads '/history/%2E%2E' as '..')
// and ids with control characters; every other string is a possible id. Ids are built from
// whole characters (a lone surrogate has no UTF-8 form), mixed with the pieces that once broke.
const idPiece = fc.oneof(
  fc.constantFrom('.', '..', '/', '%', '%2F', '%E0', '?', '#', '+', ' ', 'compare', 'print'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const possibleId = fc
  .array(idPiece, { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''))
  .filter((id) => id !== '' && !/^\.+$/.test(id) && !/\p{Cc}/u.test(id));

test('the fixed addresses', () => {
  expect(paths.start).toBe('/');
  expect(paths.step('about')).toBe('/step/about');
  expect(paths.step('warningSigns')).toBe('/step/warning-signs');
  expect(paths.results).toBe('/results');
  expect(paths.history.list).toBe('/history');
  expect(paths.history.result('abc')).toBe('/history/abc');
  expect(paths.history.print('abc')).toBe('/history/abc/print');
  expect(paths.history.compare('a1', 'b2')).toBe('/history/compare?a=a1&b=b2');
});

test.each(AWKWARD_IDS)('the id %j opens its own result, its print page and compare', (id) => {
  expect(parseHistoryPath(followed(paths.history.result(id)).path)).toEqual({ page: 'result', id });
  expect(parseHistoryPath(followed(paths.history.print(id)).path)).toEqual({ page: 'print', id });
  const compare = followed(paths.history.compare(id, 'other'));
  expect(parseHistoryPath(compare.path)).toEqual({ page: 'compare' });
  expect(parseCompareQuery(compare.search)).toEqual({ a: id, b: 'other' });
});

test('an id is one path segment with no slash and no literal dot', () => {
  for (const id of AWKWARD_IDS) {
    expect(encodeIdSegment(id)).not.toMatch(/[/.?#]/);
  }
  expect(encodeIdSegment('../../x')).toBe('%2E%2E%2F%2E%2E%2Fx');
  expect(encodeIdSegment('100%')).toBe('100%25');
  expect(encodeIdSegment('compare')).toBe('%63%6F%6D%70%61%72%65');
});

test('any possible id survives the round trip through a link', () => {
  fc.assert(
    fc.property(possibleId, possibleId, (id, other) => {
      const result = followed(paths.history.result(id));
      expect(parseHistoryPath(result.path)).toEqual({ page: 'result', id });
      expect(parsePath(result.path)).toEqual({ page: 'history', at: { page: 'result', id } });
      expect(parseHistoryPath(followed(paths.history.print(id)).path)).toEqual({
        page: 'print',
        id,
      });
      const compare = followed(paths.history.compare(id, other));
      expect(parsePath(compare.path)).toEqual({ page: 'history', at: { page: 'compare' } });
      expect(parseCompareQuery(compare.search)).toEqual({ a: id, b: other });
    }),
    { numRuns: 300 },
  );
});

test('an id with a lone surrogate still gets a link instead of an error', () => {
  expect(() => paths.history.result('a\uD800b')).not.toThrow();
  expect(parsePath(paths.history.result('a\uD800b'))).toEqual({
    page: 'history',
    at: { page: 'result', id: 'a\uFFFDb' },
  });
});

test('a trailing slash is the same address', () => {
  expect(canonicalPath('/results/')).toBe('/results');
  expect(canonicalPath('/history//')).toBe('/history');
  expect(canonicalPath('/')).toBe('/');
  expect(canonicalPath('//')).toBe('/');
  expect(parsePath('/results/')).toEqual({ page: 'results' });
  expect(parsePath('/history/')).toEqual({ page: 'history', at: { page: 'list' } });
  expect(parsePath('/step/timing/')).toEqual({ page: 'step', step: 'timing' });
  expect(canonicalPath('/step/timing/')).toBe('/step/timing');
  expect(parsePath('/history/abc/print/')).toEqual({
    page: 'history',
    at: { page: 'print', id: 'abc' },
  });
});

test('each address is read as its page', () => {
  expect(parsePath('/')).toEqual({ page: 'start' });
  expect(parsePath('/step/warning-signs')).toEqual({ page: 'step', step: 'warningSigns' });
  expect(parsePath('/history/compare')).toEqual({ page: 'history', at: { page: 'compare' } });
  expect(parseStepPath('/step/health')).toEqual({ key: 'health', numbered: false });
  expect(parseHistoryPath('/history/a%20b/print')).toEqual({ page: 'print', id: 'a b' });
});

test.each([
  '/step',
  '/step/0',
  '/step/03',
  '/step/8',
  '/step/12',
  '/step/warningSigns',
  '/step/Warning-signs',
  '/step/x',
  '/step/3/more',
  '/results/extra',
  '/historyx',
  '/history/abc/edit',
  '/history/compare/print',
  '/history/a/b/c',
  '/history//print',
  '/history/%E0%A4%A',
  '/history/%E0%A4%A/print',
  '/%',
  '/nowhere',
  '//results',
])('%s is not a page, and reading it does not throw', (path) => {
  expect(parsePath(path)).toEqual({ page: 'not-found' });
});

test('compare reads missing ids as null', () => {
  expect(parseCompareQuery('')).toEqual({ a: null, b: null });
  expect(parseCompareQuery('?a=x')).toEqual({ a: 'x', b: null });
});

// Until issue 13 the steps had numbered addresses in the order about, symptoms, timing, diet,
// lifestyle, health, warning signs. Bookmarks and saved links still hold them.
test.each([
  ['/step/1', 'about', '/step/about'],
  ['/step/2', 'symptoms', '/step/symptoms'],
  ['/step/3', 'timing', '/step/timing'],
  ['/step/4', 'diet', '/step/diet'],
  ['/step/5', 'lifestyle', '/step/lifestyle'],
  ['/step/6', 'health', '/step/health'],
  ['/step/7', 'warningSigns', '/step/warning-signs'],
  ['/step/7/', 'warningSigns', '/step/warning-signs'],
] as const)('the old address %s still opens the step it meant', (old, key, now) => {
  expect(parseStepPath(old)).toEqual({ key, numbered: true });
  expect(parsePath(old)).toEqual({ page: 'step', step: key });
  expect(canonicalPath(old)).toBe(now);
});

test('every step has one address, read back as that step', () => {
  for (const key of QUESTION_STEPS) {
    expect(parsePath(paths.step(key))).toEqual({ page: 'step', step: key });
    expect(canonicalPath(paths.step(key))).toBe(paths.step(key));
  }
});
