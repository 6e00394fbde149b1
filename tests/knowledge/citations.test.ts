import { expect, test } from 'vitest';
import { citedTitle, createCitations, sourceIdsOf } from '../../src/knowledge/citations';
import { SOURCES } from '../../src/knowledge/sources';

test('a page lists each source it cited once, in number order, with its title and address', () => {
  const { cite, list } = createCitations();
  expect(cite(['S18', 'S2'])).toEqual(['S18', 'S2']);
  cite(['S2', 'S9']);
  cite([]);
  expect(list()).toEqual(
    (['S2', 'S9', 'S18'] as const).map((id) => ({
      id,
      title: SOURCES[id].title,
      url: SOURCES[id].url,
    })),
  );
});

test('the sources of several items are each named once, in the order first met', () => {
  expect(
    sourceIdsOf([{ sourceIds: ['S9', 'S2'] }, { sourceIds: [] }, { sourceIds: ['S2', 'S1'] }]),
  ).toEqual(['S9', 'S2', 'S1']);
});

test('a source marked secondary says so where the sources are listed; a primary one does not', () => {
  const summary = { title: 'A summary site', url: 'https://example.org/', secondary: true };
  expect(citedTitle(summary)).toBe(
    'A summary site (a summary by others: no original page with this fact was found)',
  );
  expect(citedTitle({ ...summary, secondary: false })).toBe('A summary site');
  expect(citedTitle(SOURCES.S47)).toBe(SOURCES.S47.title);
});
