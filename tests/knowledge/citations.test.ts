import { expect, test } from 'vitest';
import { createCitations, sourceIdsOf } from '../../src/knowledge/citations';
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
