import { expect, test } from 'vitest';
import { isSourceId, PRIMARY_LINKS, SOURCE_IDS, SOURCES } from '../../src/knowledge/sources';
import { isRecord, walk } from './knowledge-walk';

// Sources whose only address in the reference is http (nutrients.md section 10, first URL).
const HTTP_ONLY = new Set([
  'S9',
  'S10',
  'S11',
  'S13',
  'S24',
  'S25',
  'S28',
  'S30',
  'S31',
  'S40',
  'S52',
]);

test('every source has a title and an https address, or http only where the reference gives only http', () => {
  for (const id of SOURCE_IDS) {
    const source = SOURCES[id];
    expect(source.title.trim(), id).not.toBe('');
    const url = new URL(source.url);
    expect(url.protocol, `${id} ${source.url}`).toBe(HTTP_ONLY.has(id) ? 'http:' : 'https:');
  }
});

test('every address anywhere in the knowledge base is https, apart from the http-only sources', () => {
  const urls = walk().flatMap(({ path, value }) =>
    isRecord(value) && typeof value.url === 'string' ? [{ path, url: value.url }] : [],
  );
  expect(urls.length).toBeGreaterThan(SOURCE_IDS.length);
  for (const { path, url } of urls) {
    const sourceId = /^SOURCES\.(S\d+)$/.exec(path)?.[1];
    const allowHttp = sourceId !== undefined && HTTP_ONLY.has(sourceId);
    expect(url, path).toMatch(allowHttp ? /^http:\/\// : /^https:\/\//);
  }
});

test('NHS, NICE and CDC pages shown to people are the primary pages, not the copies', () => {
  // red-flags.md: S58, S60, S73, S74, S79 and S81 were read from copies of these pages.
  expect(SOURCES.S58.url).toBe(PRIMARY_LINKS.dvt.url);
  expect(SOURCES.S60.url).toBe(PRIMARY_LINKS.pulmonaryEmbolism.url);
  expect(SOURCES.S73.url).toBe(PRIMARY_LINKS.cellulitis.url);
  expect(SOURCES.S74.url).toBe(PRIMARY_LINKS.cellulitis.url);
  expect(SOURCES.S79.url).toBe(PRIMARY_LINKS.legCramps.url);
  expect(SOURCES.S81.url).toBe(PRIMARY_LINKS.niceLegCramps.url);
  expect(SOURCES.S70.url).toBe(PRIMARY_LINKS.rhabdomyolysis.url);
  for (const link of Object.values(PRIMARY_LINKS)) {
    expect(link.url).toMatch(
      /^https:\/\/(www\.nhs\.uk\/conditions\/|cks\.nice\.org\.uk\/|www\.cdc\.gov\/niosh\/)/,
    );
  }
});

test('isSourceId accepts known ids and rejects unknown ones', () => {
  expect(isSourceId('S16')).toBe(true);
  expect(isSourceId('S54')).toBe(false);
  expect(isSourceId('toString')).toBe(false);
  expect(SOURCE_IDS).toContain('S1');
  expect(SOURCE_IDS).not.toContain('S56');
});
