// The cautions the answers call for (`assessment.cautions`), each next to the advice it
// qualifies: in the card of each nutrient it names and beside that nutrient's upper limit, or,
// when it names none, in "Before you change anything" after the triage. A result saved before
// cautions existed shows none of them.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import type { Assessment } from '../../../src/scoring';
import { answersWith } from './fixtures';
import { renderResults } from '../../support/render-results';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

/** Night cramps for months on an acid reducer, with kidney disease. */
const KIDNEY_CRAMPS = answersWith({
  symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  health: { conditions: ['kidney-disease'], medications: ['acid-reducer'] },
});

/** A factor's card, opening the "less likely" fold first when the factor is in it. */
async function factorCard(assessment: Assessment, nutrient: keyof typeof NUTRIENTS) {
  const user = userEvent.setup();
  if (assessment.ranked.find((factor) => factor.nutrient === nutrient)?.band === 'unlikely') {
    await user.click(screen.getByText(/^Less likely from your answers/));
  }
  return screen.getByRole('article', { name: NUTRIENTS[nutrient].name });
}

test('person with kidney disease sees the magnesium supplement caution inside the magnesium factor', async () => {
  const assessment = renderResults(KIDNEY_CRAMPS);
  expect(assessment.cautions).toContain('kidney-disease-supplements');
  const caution = CAUTIONS['kidney-disease-supplements'];
  expect(caution.appliesTo).toContain('magnesium');

  const card = await factorCard(assessment, 'magnesium');
  const notes = within(card).getByRole('region', { name: 'Safety notes for Magnesium' });
  const fromAnswers = within(notes).getByRole('list', { name: 'From your answers' });
  const item = within(fromAnswers).getByText(caution.text, { exact: false }).closest('li');
  expect(item).toHaveTextContent(caution.title);
  for (const id of caution.sourceIds) {
    expect(within(item ?? card).getByRole('link', { name: `Source ${id}` })).toBeVisible();
  }
  // Magnesium's card is open, so nothing before the advice repeats its caution (other cautions,
  // whose factors are folded away, may be there).
  const top = screen.queryByRole('region', { name: 'Before you change anything' });
  expect(top ? within(top).queryByText(caution.text, { exact: false }) : null).toBeNull();
});

test('the magnesium upper limit never shows without the kidney caution', () => {
  const assessment = renderResults(KIDNEY_CRAMPS);
  expect(assessment.ranked.find((f) => f.nutrient === 'magnesium')?.band).not.toBe('unlikely');
  const habits = screen.getByRole('region', { name: 'Everyday habits that could help' });
  const limit = within(habits).getByText(NUTRIENTS.magnesium.upperLimit.text, { exact: false });
  const item = limit.closest('li');
  expect(item).toHaveTextContent(
    `Caution from your answers: ${CAUTIONS['kidney-disease-supplements'].title}.`,
  );
  expect(item).toHaveTextContent(CAUTIONS['kidney-disease-supplements'].text);
});

test('a caution that names no nutrient comes right after the triage, before the factors', () => {
  const caution = CAUTIONS['pregnancy-supplements'];
  expect(caution.appliesTo).toEqual([]);
  const assessment = renderResults(answersWith({ about: { sex: 'female', pregnant: true } }));
  expect(assessment.cautions).toContain('pregnancy-supplements');

  const before = screen.getByRole('region', { name: 'Before you change anything' });
  const item = within(before).getByText(caution.text, { exact: false }).closest('li');
  expect(item).toHaveTextContent(caution.title);
  for (const id of caution.sourceIds) {
    expect(within(item ?? before).getByRole('link', { name: `Source ${id}` })).toBeVisible();
  }
  const triage = screen.getByRole('region', { name: /^What to do now/ });
  const factors = screen.getByRole('region', { name: 'What could be involved' });
  expect(triage.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(before.compareDocumentPosition(factors) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // A general caution is not repeated in any factor's card.
  expect(screen.queryAllByRole('list', { name: 'From your answers' })).toEqual([]);
});
