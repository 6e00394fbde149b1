// Cautions next to the advice they qualify: the knowledge base's interaction notes sit in each
// factor's card, with their sources, like every other claim on the page.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { VEGAN_TINGLING } from './fixtures';
import { renderResults } from '../../support/render-results';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

test('person sees the medicine interactions of a factor inside its card, with their sources', () => {
  const assessment = renderResults(VEGAN_TINGLING);
  // A factor shown open (not folded away as less likely) that has interaction notes.
  const shown = assessment.ranked.find(
    (factor) => factor.band !== 'unlikely' && NUTRIENTS[factor.nutrient].cautions.length > 0,
  );
  if (!shown) throw new Error('the vegan with tingling has an open factor with interaction notes');
  const nutrient = NUTRIENTS[shown.nutrient];

  const card = screen.getByRole('article', { name: nutrient.name });
  const notes = within(card).getByRole('region', { name: `Safety notes for ${nutrient.name}` });
  expect(
    within(notes).getByRole('heading', { level: 4, name: `Safety notes for ${nutrient.name}` }),
  ).toBeVisible();
  const list = within(notes).getByRole('list', { name: 'For everyone' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(nutrient.cautions.length);
  for (const [index, caution] of nutrient.cautions.entries()) {
    expect(items[index]).toHaveTextContent(caution.text);
    for (const id of caution.sourceIds) {
      expect(
        within(items[index] ?? notes).getByRole('link', { name: `Source ${id}` }),
      ).toHaveAttribute('href', `#results-source-${id}`);
    }
  }

  // Each source a caution cites is in the page's list of sources.
  const sources = screen.getByRole('region', { name: 'About these results' });
  for (const id of nutrient.cautions.flatMap((caution) => caution.sourceIds)) {
    expect(within(sources).getByText(`[${id}]`, { exact: false })).toBeInTheDocument();
  }
});

test('a factor folded away as less likely keeps its safety notes in its card', async () => {
  const user = userEvent.setup();
  const assessment = renderResults(VEGAN_TINGLING);
  expect(assessment.ranked.find((f) => f.nutrient === 'vitamin-e')?.band).toBe('unlikely');

  await user.click(screen.getByText(/^Less likely from your answers/));
  const card = screen.getByRole('article', { name: NUTRIENTS['vitamin-e'].name });
  const notes = within(card).getByRole('region', { name: 'Safety notes for Vitamin E' });
  const [caution] = NUTRIENTS['vitamin-e'].cautions;
  if (!caution) throw new Error('vitamin E has a caution in the knowledge base');
  expect(within(notes).getByText(caution.text)).toBeVisible();
});
