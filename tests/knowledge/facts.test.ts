import { expect, test } from 'vitest';
import { isSourceId, PRIMARY_LINKS, SOURCE_IDS, SOURCES } from '../../src/knowledge/sources';
import { isRecord, strings, walk } from './knowledge-walk';

const factsWithSources = walk().flatMap(({ path, value }) =>
  isRecord(value) && 'sourceIds' in value ? [{ path, fact: value }] : [],
);

test('every fact carries at least one source id, and every id is a known source', () => {
  expect(factsWithSources.length).toBeGreaterThan(200);
  for (const { path, fact } of factsWithSources) {
    const ids: unknown = fact.sourceIds;
    expect(Array.isArray(ids), path).toBe(true);
    if (!Array.isArray(ids)) continue;
    expect(ids.length, path).toBeGreaterThan(0);
    for (const id of ids)
      expect(typeof id === 'string' && isSourceId(id), `${path}: ${String(id)}`).toBe(true);
  }
});

test('every sentence people read (a `text` or `why`) sits beside its sources', () => {
  const sentences = walk().filter(
    ({ path, value }) =>
      isRecord(value) &&
      (typeof value.text === 'string' || typeof value.why === 'string') &&
      !path.startsWith('SOURCES'),
  );
  expect(sentences.length).toBeGreaterThan(100);
  for (const { path, value } of sentences) {
    expect(isRecord(value) && Array.isArray(value.sourceIds), path).toBe(true);
  }
});

test('every source listed is cited somewhere, so the list holds nothing unused', () => {
  const cited = new Set(
    factsWithSources.flatMap(({ fact }) => (Array.isArray(fact.sourceIds) ? fact.sourceIds : [])),
  );
  const unused = SOURCE_IDS.filter((id) => !cited.has(id));
  expect(unused).toEqual([]);
});

test('no sentence tells the person what they have', () => {
  const all = strings();
  expect(all.length).toBeGreaterThan(300);
  const offending = all.filter(({ text }) => /\byou(\s+have|['’]ve)\b/i.test(text));
  expect(offending).toEqual([]);
});

test('every learn-more link shown to people is a primary page or a listed source', () => {
  const allowed = new Set<string>([
    ...Object.values(PRIMARY_LINKS).map((link) => link.url),
    ...Object.values(SOURCES).map((source) => source.url),
  ]);
  const links = walk().flatMap(({ path, value }) =>
    path.endsWith('.learnMore') && isRecord(value) ? [{ path, value }] : [],
  );
  expect(links.length).toBeGreaterThanOrEqual(10);
  for (const { path, value } of links) {
    expect(typeof value.title === 'string' && value.title.length > 0, path).toBe(true);
    expect(typeof value.url === 'string' && allowed.has(value.url), path).toBe(true);
  }
});

test('no text is blank or has stray spaces', () => {
  for (const { path, text } of strings()) {
    expect(text.trim(), path).toBe(text);
    expect(text, path).not.toMatch(/ {2}/);
    expect(text.length, path).toBeGreaterThan(0);
  }
});
