// The contract-v1 adapter of the cases bench: what it drops, what it keeps, and that a case the
// app rejects is an error rather than a skip.
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/scoring';
import { projectToCurrentContract, runCase } from './bench';
import { loadCases } from './case-file';
import type { CaseFile, V2Answers } from './case-file';

const v2: V2Answers = {
  about: { ageBand: '31-50', sex: 'male', pregnant: false },
  symptoms: { kinds: ['numbness'], where: ['feet'], legs: 'both', severity: 'moderate' },
  timing: { when: ['constant'], duration: 'weeks', onset: 'gradual' },
  diet: {
    pattern: 'omnivore',
    dairy: 'weekly',
    fattyFish: 'weekly',
    redMeat: 'weekly',
    eggs: 'weekly',
    leafyGreens: 'weekly',
    nutsSeeds: 'weekly',
    wholeGrains: 'weekly',
    legumes: 'weekly',
    fortifiedFoods: 'weekly',
    water: '4-7-glasses',
    alcohol: 'none',
  },
  lifestyle: { sun: 'some', sweating: 'low', supplements: ['vitamin-d', 'b12-injections'] },
  health: {
    conditions: ['diabetes', 'pernicious-anaemia'],
    medications: ['metformin', 'nitrous-oxide'],
  },
  redFlags: ['injury', 'long-cramp'],
};

describe('projectToCurrentContract', () => {
  it('keeps every v2 answer now that the app knows contract v2, and drops nothing', () => {
    const { answers, dropped } = projectToCurrentContract(v2);
    const parsed = answersSchema.parse(answers);

    expect(parsed.symptoms.where).toEqual(['feet']);
    expect(parsed.lifestyle.supplements).toEqual(['vitamin-d', 'b12-injections']);
    expect(parsed.health).toEqual({
      conditions: ['diabetes', 'pernicious-anaemia'],
      medications: ['metformin', 'nitrous-oxide'],
    });
    expect(parsed.redFlags).toEqual(['injury', 'long-cramp']);
    expect(dropped).toEqual([]);
  });

  it('does not change the answers it is given', () => {
    const before = structuredClone(v2);
    projectToCurrentContract(v2);
    expect(v2).toEqual(before);
  });
});

describe('runCase', () => {
  it('reports projected answers the app rejects as an error naming the case and field', () => {
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
