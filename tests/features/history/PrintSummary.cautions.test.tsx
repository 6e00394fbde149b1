// The summary for a doctor carries the cautions that go with the advice: those the answers call
// for (general ones after the advice, the others with their factor) and the knowledge base's
// interaction notes for the factors worth checking, each with its sources.
import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { PrintSummary } from '../../../src/features/history/PrintSummary';
import { parseStoredHistory } from '../../../src/features/history/persistence';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { assess } from '../../../src/scoring';
import { answersWith } from '../../scoring/fixtures';
import { NEWER, snapshotOf } from './fixtures';
import HISTORY_V2 from '../../fixtures/records/history-v2.json?raw';

// The summary is a long document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

/** Night cramps for months on an acid reducer, with kidney disease. */
const KIDNEY_CRAMPS = answersWith({
  symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  health: { conditions: ['kidney-disease'], medications: ['acid-reducer'] },
});

/** Night cramps for weeks on a water pill, saved by the LegCheck of 2026-11-29. */
const CRAMPS_ID = '0d0af7ce-f8eb-4637-9e6a-b88d9a27393e';

test('the summary lists the cautions of each factor worth checking, with sources', () => {
  render(<PrintSummary snapshot={NEWER} />);
  const worthChecking = NEWER.assessment.ranked.filter((factor) => factor.band !== 'unlikely');
  const unlikely = NEWER.assessment.ranked.filter((factor) => factor.band === 'unlikely');
  expect(worthChecking.map((factor) => factor.nutrient)).toContain('vitamin-b12');
  expect(unlikely.map((factor) => factor.nutrient)).toContain('vitamin-e');

  const region = screen.getByRole('region', { name: 'Cautions by factor' });
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

test('the summary shows a kidney caution with magnesium, and general cautions after the advice', () => {
  const answers = answersWith({ about: { sex: 'female', pregnant: true } }, KIDNEY_CRAMPS);
  const snapshot = snapshotOf(answers, 'kidney-1', '2026-11-29T20:00:00.000Z');
  expect(snapshot.assessment.cautions).toEqual(
    expect.arrayContaining(['kidney-disease-supplements', 'pregnancy-supplements']),
  );
  render(<PrintSummary snapshot={snapshot} />);

  const byFactor = screen.getByRole('region', { name: 'Cautions by factor' });
  const kidney = CAUTIONS['kidney-disease-supplements'];
  const magnesium = within(byFactor).getByText('Magnesium:').closest('li');
  expect(magnesium).toHaveTextContent(
    `From the answers: ${kidney.title}. ${kidney.text} [${kidney.sourceIds.join(', ')}]`,
  );

  const pregnancy = CAUTIONS['pregnancy-supplements'];
  const before = screen.getByRole('region', { name: 'Before changing anything' });
  expect(before).toHaveTextContent(
    `${pregnancy.title}. ${pregnancy.text} [${pregnancy.sourceIds.join(', ')}]`,
  );
  const advice = screen.getByRole('region', { name: 'Advice from the answers' });
  expect(advice.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(byFactor).not.toHaveTextContent(pregnancy.text);
});

test('a summary of a result saved before cautions existed shows none from the answers', () => {
  const saved = parseStoredHistory(HISTORY_V2).history?.entries.find((e) => e.id === CRAMPS_ID);
  if (!saved) throw new Error('the frozen history holds the cramps result');
  expect(saved.assessment.cautions).toEqual([]);
  expect(assess(saved.answers).cautions.length).toBeGreaterThan(0);
  render(<PrintSummary snapshot={saved} />);

  expect(screen.queryByRole('region', { name: 'Before changing anything' })).toBeNull();
  expect(screen.getByRole('region', { name: 'Cautions by factor' })).not.toHaveTextContent(
    'From the answers',
  );
});

test('every caution the answers call for is on paper, the food-list note on warfarin too', () => {
  // On a blood thinner, with calcium worth checking: the results page shows the "keep leafy
  // greens steady" note once, above the food lists; the summary for a doctor must carry it too.
  const answers = answersWith({
    symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
    timing: { when: ['night'], duration: 'months' },
    diet: { dairy: 'rarely', leafyGreens: 'rarely' },
    health: { medications: ['blood-thinner'] },
  });
  const snapshot = snapshotOf(answers, 'warfarin-1', '2026-11-30T02:00:00.000Z');
  expect(snapshot.assessment.cautions).toContain('warfarin-vitamin-k');
  expect(snapshot.assessment.ranked.some((factor) => factor.band !== 'unlikely')).toBe(true);
  render(<PrintSummary snapshot={snapshot} />);
  const summary = screen.getByRole('article');
  for (const id of snapshot.assessment.cautions) {
    expect(summary).toHaveTextContent(CAUTIONS[id].text);
  }
});
