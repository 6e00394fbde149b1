import { expect, test } from 'vitest';
import type { Source } from '../../src/knowledge/sources';
import { isSourceId, PRIMARY_LINKS, SOURCE_IDS, SOURCES } from '../../src/knowledge/sources';
import { isRecord, walk } from './knowledge-walk';

// Sources whose only address in the reference is http (nutrients.md section 10, first URL).
const HTTP_ONLY = new Set(['S9', 'S10', 'S11', 'S13', 'S25', 'S30', 'S31', 'S40']);

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

// Hosts of primary pages: the publisher of the fact (government and NHS bodies, NICE, journals,
// a regulator's product information, universities, hospitals and clinical references), never a
// blog, a retailer or a site that copies another's page (issue 11). There is no exception list: a
// source whose only page is a copy must say so (`secondary`) and still may not be linked.
const PRIMARY_HOSTS = [
  'nih.gov',
  'nhs.uk',
  'nhslothian.scot',
  'nice.org.uk',
  'cdc.gov',
  'fda.gov',
  'dietaryguidelines.gov',
  'nidirect.gov.uk',
  'books.nap.edu',
  'doi.org',
  'medicines.org.uk',
  'mja.com.au',
  'bmj.com',
  'hindawi.com',
  'clinicalnutritionjournal.com',
  'onlinelibrary.wiley.com',
  'pediatrics.aappublications.org',
  'jneurology.gr',
  'gastro.org',
  'merckmanuals.com',
  'statpearls.com',
  'mayoclinic.org',
  'mayomedicallaboratories.com',
  'uab.edu',
  'reference.medscape.com',
  'themisclinicaldefence.com',
  // Journals' own pages for S36 (Endocrine Connections) and S68 (The Open Orthopaedics Journal).
  'bioscientifica.com',
  'openorthopaedicsjournal.com',
];

function isPrimaryHost(host: string): boolean {
  return PRIMARY_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

// The copies and summaries these six sources used to link to (issue 11). Each now links to a
// primary page and keeps the copy only as where it was read.
const FORMER_COPIES = {
  S36: 'download.skyscape.com',
  S43: 'cf.examinecdn.com',
  S47: 'www.aarp.org',
  S63: 'www.medvellum.com',
  S68: 'www.medvellum.com',
  S75: 'app.askshilpa.com',
} as const;

test('the allow-list is a list of publishers: copies and summaries are not on it', () => {
  for (const host of [...Object.values(FORMER_COPIES), 'wowlpaper.blogspot.com', 'examine.com'])
    expect(isPrimaryHost(host), host).toBe(false);
  // A host only counts when it is the allowed name or ends in ".name", not when it merely ends in it.
  expect(isPrimaryHost('notnhs.uk')).toBe(false);
  expect(isPrimaryHost('www.nhs.uk')).toBe(true);
});

test('every link shown to people goes to a primary page, never a blog, retailer or copy', () => {
  const shown = walk().flatMap(({ path, value }) =>
    isRecord(value) && typeof value.url === 'string' ? [{ path, url: value.url }] : [],
  );
  expect(shown.length).toBeGreaterThan(SOURCE_IDS.length);
  for (const { path, url } of shown)
    expect(isPrimaryHost(new URL(url).hostname), `${path} ${url}`).toBe(true);
  // Every source is on that walk, so none escapes the check.
  const walked = new Set(shown.map(({ path }) => path));
  for (const id of SOURCE_IDS) expect(walked.has(`SOURCES.${id}`), id).toBe(true);
  // Learn-more links are always primary pages.
  for (const link of Object.values(PRIMARY_LINKS))
    expect(isPrimaryHost(new URL(link.url).hostname), link.url).toBe(true);
});

test('the six sources that linked to copies now link to primary pages and keep the copy as where they were read', () => {
  for (const [id, copyHost] of Object.entries(FORMER_COPIES)) {
    if (!isSourceId(id)) throw new Error(`${id} is not a source`);
    const source: Source = SOURCES[id];
    expect(new URL(source.url).hostname, id).not.toBe(copyHost);
    expect(isPrimaryHost(new URL(source.url).hostname), `${id} ${source.url}`).toBe(true);
    expect(source.readFrom === undefined ? '' : new URL(source.readFrom).hostname, id).toBe(
      copyHost,
    );
    // The note says where the primary page's words were read and what was read only in the copy.
    expect(source.note ?? '', id).not.toBe('');
    expect(source.secondary, id).toBeUndefined();
  }
});

test('a source read from a copy keeps the copy only as where it was read, not as its link', () => {
  const copies = [
    'blogspot.com',
    'invitehealth.com',
    'docslib.org',
    'healthcastle.com',
    'current-trends-now.com',
    'nutri-facts.org',
    'mymlc.com',
    'utimes.pitt.edu',
    'clinicalgate.com',
    'consultant360.com',
    'clincalcpro.com',
    ...Object.values(FORMER_COPIES),
  ];
  for (const id of SOURCE_IDS) {
    const source: Source = SOURCES[id];
    const host = new URL(source.url).hostname;
    expect(
      copies.some((copy) => host === copy || host.endsWith(`.${copy}`)),
      `${id} ${source.url}`,
    ).toBe(false);
  }
  // The copies actually read are still on record.
  expect(SOURCES.S24.readFrom).toMatch(/blogspot/);
  expect(SOURCES.S29.readFrom).toMatch(/invitehealth/);
  expect(SOURCES.S39.readFrom).toMatch(/blogspot/);
  expect(SOURCES.S53.readFrom).toMatch(/docslib/);
});

test('isSourceId accepts known ids and rejects unknown ones', () => {
  expect(isSourceId('S16')).toBe(true);
  expect(isSourceId('S54')).toBe(false);
  expect(isSourceId('toString')).toBe(false);
  expect(SOURCE_IDS).toContain('S1');
  expect(SOURCE_IDS).not.toContain('S56');
});
