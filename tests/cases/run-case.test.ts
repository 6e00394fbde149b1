// A case whose answers the app rejects is an error of the bench, never a skipped case.
import { describe, expect, it } from 'vitest';
import { runCase } from './bench';
import { loadCases } from './case-file';
import type { CaseFile } from './case-file';

describe('runCase', () => {
  it('reports answers the app rejects as an error naming the case and field', () => {
    const [first] = loadCases();
    if (!first) throw new Error('no cases found');
    const broken: CaseFile = {
      ...first,
      id: '99-broken',
      answers: { ...first.answers, about: { ageBand: '31-50', sex: 'male', pregnant: true } },
    };
    expect(() => runCase(broken)).toThrow(/99-broken[\s\S]*about\.pregnant/);
  });
});
