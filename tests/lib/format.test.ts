import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../src/knowledge/foods';
import { formatAmount, joinWithAnd } from '../../src/lib/format';

const intlNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const intlList = new Intl.ListFormat('en', { type: 'conjunction' });

describe('formatAmount', () => {
  it('writes numbers of at most one decimal as Intl does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (tenths) => {
        const value = tenths / 10;
        expect(formatAmount(value)).toBe(intlNumber.format(value));
      }),
    );
  });

  it('writes every amount in the knowledge base as Intl does', () => {
    for (const food of FOODS)
      expect(formatAmount(food.amount)).toBe(intlNumber.format(food.amount));
  });

  it('groups thousands and drops a zero decimal', () => {
    expect(formatAmount(1300)).toBe('1,300');
    expect(formatAmount(1234567.8)).toBe('1,234,567.8');
    expect(formatAmount(2.0)).toBe('2');
    expect(formatAmount(0.5)).toBe('0.5');
    expect(formatAmount(999.96)).toBe('1,000');
  });
});

describe('joinWithAnd', () => {
  it('joins lists as Intl does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,11}$/), { maxLength: 6 }),
        (words) => {
          expect(joinWithAnd(words)).toBe(intlList.format(words));
        },
      ),
    );
  });

  it('uses "and" with a serial comma', () => {
    expect(joinWithAnd(['Magnesium'])).toBe('Magnesium');
    expect(joinWithAnd(['Magnesium', 'Calcium'])).toBe('Magnesium and Calcium');
    expect(joinWithAnd(['Magnesium', 'Calcium', 'Iron'])).toBe('Magnesium, Calcium, and Iron');
  });
});
