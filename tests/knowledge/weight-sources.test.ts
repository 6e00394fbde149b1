import { expect, test } from 'vitest';
import { isSourceId } from '../../src/knowledge/sources';
import { WEIGHTS } from '../../src/scoring';

test('every scoring weight cites sources the knowledge base knows', () => {
  const unknown = WEIGHTS.flatMap((rule) =>
    rule.sources.filter((id) => !isSourceId(id)).map((id) => `${rule.field}=${rule.value}: ${id}`),
  );
  expect(unknown).toEqual([]);
});
