// The summary for a doctor carries the cautions that go with the advice: the knowledge base's
// interaction notes for the factors worth checking, each with its sources.
import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { PrintSummary } from '../../../src/features/history/PrintSummary';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { NEWER } from './fixtures';

// The summary is a long document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

test('the summary lists the cautions of each factor worth checking, with sources', () => {
  render(<PrintSummary snapshot={NEWER} />);
  const worthChecking = NEWER.assessment.ranked.filter((factor) => factor.band !== 'unlikely');
  const unlikely = NEWER.assessment.ranked.filter((factor) => factor.band === 'unlikely');
  expect(worthChecking.map((factor) => factor.nutrient)).toContain('vitamin-b12');
  expect(unlikely.map((factor) => factor.nutrient)).toContain('vitamin-e');

  const region = screen.getByRole('region', { name: 'Cautions for the factors worth checking' });
  for (const { nutrient } of worthChecking) {
    const item = within(region).getByText(`${NUTRIENTS[nutrient].name}:`).closest('li');
    for (const caution of NUTRIENTS[nutrient].cautions) {
      expect(item).toHaveTextContent(`${caution.text} [${caution.sourceIds.join(', ')}]`);
    }
  }
  // The notes of a factor the answers do not point to stay off the page.
  const [vitaminE] = NUTRIENTS['vitamin-e'].cautions;
  expect(vitaminE).toBeDefined();
  expect(region).not.toHaveTextContent(vitaminE?.text ?? 'vitamin E');

  // Every source they cite is in the list of sources.
  const sources = screen.getByRole('region', { name: 'Sources' });
  for (const { nutrient } of worthChecking) {
    for (const id of NUTRIENTS[nutrient].cautions.flatMap((caution) => caution.sourceIds)) {
      expect(within(sources).getByText(new RegExp(`^\\[${id}\\] `))).toBeInTheDocument();
    }
  }
});
