import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { describeScoreChange } from '../../../src/features/history/compare';
import { ComparePage } from '../../../src/features/history/ComparePage';
import { BAND_WORDS } from '../../../src/knowledge/band-words';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { answersWith } from '../../scoring/fixtures';
import { NEWER, OLDER, snapshotOf, storedHistory } from './fixtures';
import { loadHistory } from './helpers';

test('person sees which answers changed, earlier next to later', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  // The order in the address does not matter: the earlier result is always on the left.
  render(<ComparePage a={NEWER.id} b={OLDER.id} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Compare two results' })).toBeVisible();
  const table = screen.getByRole('table', { name: 'Answers that changed between the two results' });
  const symptoms = within(table).getByRole('row', { name: /^Symptoms/ });
  expect(
    within(symptoms)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Painful cramps', expect.stringMatching(/^Pins and needles \(tingling\); /)]);
  // Pregnancy is asked of the woman (earlier), not of the man (later).
  const pregnant = within(table).getByRole('row', { name: /^Pregnant/ });
  expect(within(pregnant).getAllByRole('cell')[1]).toHaveTextContent('Not asked');
  // Unchanged answers are left out.
  expect(within(table).queryByRole('row', { name: /^Nuts and seeds/ })).not.toBeInTheDocument();
});

test('person sees how each factor score moved, in words', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<ComparePage a={OLDER.id} b={NEWER.id} />);
  const table = screen.getByRole('table', { name: /Each factor’s score/ });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(7);
  const b12Before = OLDER.assessment.ranked.find((factor) => factor.nutrient === 'vitamin-b12');
  const b12After = NEWER.assessment.ranked.find((factor) => factor.nutrient === 'vitamin-b12');
  if (!b12Before || !b12After) throw new Error('B12 is always ranked');
  const b12 = within(table).getByRole('row', { name: /^Vitamin B12/ });
  expect(b12).toHaveTextContent(`${b12Before.score} (${BAND_WORDS[b12Before.band].inline})`);
  expect(b12).toHaveTextContent(`${b12After.score} (${BAND_WORDS[b12After.band].inline})`);
  expect(b12).toHaveTextContent(describeScoreChange(b12After.score - b12Before.score));
  expect(b12After.score).toBeGreaterThan(b12Before.score);
  expect(b12).toHaveTextContent(/Up \d+ points?/);
});

test('score changes read as words', () => {
  expect(describeScoreChange(12)).toBe('Up 12 points');
  expect(describeScoreChange(-1)).toBe('Down 1 point');
  expect(describeScoreChange(0)).toBe('No change');
});

test('person asking to compare a deleted result is told and led back', async () => {
  await loadHistory(storedHistory([NEWER]));
  render(<ComparePage a={NEWER.id} b="gone" />);
  expect(screen.getByText(/cannot be compared/)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Back to your saved results' })).toHaveAttribute(
    'href',
    '/history',
  );
});

test('advice that stayed the same is said in words', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<ComparePage a={OLDER.id} b={NEWER.id} />);
  expect([OLDER.assessment.triage.level, NEWER.assessment.triage.level]).toEqual([
    'see-doctor',
    'see-doctor',
  ]);
  expect(screen.getByRole('region', { name: 'Advice' })).toHaveTextContent(
    'The same both times: Doctor’s appointment advised.',
  );
});

test('advice that changed is said in words, earlier first', async () => {
  const later = snapshotOf(
    answersWith({ redFlags: ['breathless-chest-pain'] }),
    'later-3',
    '2025-06-01T08:00:00.000Z',
  );
  await loadHistory(storedHistory([later, OLDER]));
  render(<ComparePage a={later.id} b={OLDER.id} />);
  expect(screen.getByRole('region', { name: 'Advice' })).toHaveTextContent(
    'Changed from “Doctor’s appointment advised” to “Emergency care advised”.',
  );
});

test('person sees the cautions each result called for, with their sources', async () => {
  await loadHistory(storedHistory([NEWER, OLDER]));
  render(<ComparePage a={OLDER.id} b={NEWER.id} />);
  expect(OLDER.assessment.cautions).toEqual([]);
  expect(NEWER.assessment.cautions).toEqual(['b12-food-bound']);
  const region = screen.getByRole('region', { name: 'Cautions from the answers' });
  expect(
    within(region).getByRole('heading', { name: /^Earlier \(January 10, 2025/ }),
  ).toBeVisible();
  expect(region).toHaveTextContent(/Earlier \(January 10, 2025[^)]*\)None from these answers\./);

  const caution = CAUTIONS['b12-food-bound'];
  const later = within(region).getByRole('list', { name: /^Later \(March 14, 2025/ });
  const [item] = within(later).getAllByRole('listitem');
  expect(item).toHaveTextContent(`${caution.title}. ${caution.text}`);
  // Each [S..] link leads to its source in the page's list of sources.
  for (const id of caution.sourceIds) {
    const link = within(later).getByRole('link', { name: `Source ${id}` });
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    expect(target).toHaveTextContent(`[${id}]`);
  }
});

test('comparing while saved data could not be read says so, whether or not both are there', async () => {
  await loadHistory(storedHistory([NEWER, OLDER, { ...OLDER, id: 'broken', answers: 'lost' }]));
  const { unmount } = render(<ComparePage a={NEWER.id} b={OLDER.id} />);
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
  unmount();

  render(<ComparePage a={NEWER.id} b="broken" />);
  expect(screen.getByText(/These results cannot be compared/)).toBeVisible();
  expect(
    screen.getByRole('heading', { name: 'Some saved results could not be read' }),
  ).toBeVisible();
});

test('the note on the food lists (warfarin: keep leafy greens steady) is among the cautions compared', async () => {
  const onWarfarin = snapshotOf(
    answersWith({
      symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
      timing: { when: ['night'], duration: 'months' },
      diet: { dairy: 'rarely', leafyGreens: 'rarely' },
      health: { medications: ['blood-thinner'] },
    }),
    'warfarin-2',
    '2025-05-01T10:00:00.000Z',
  );
  expect(onWarfarin.assessment.cautions).toContain('warfarin-vitamin-k');
  await loadHistory(storedHistory([onWarfarin, OLDER]));
  render(<ComparePage a={OLDER.id} b={onWarfarin.id} />);
  const region = screen.getByRole('region', { name: 'Cautions from the answers' });
  const later = within(region).getByRole('list', { name: /^Later/ });
  for (const id of onWarfarin.assessment.cautions) {
    expect(later).toHaveTextContent(CAUTIONS[id].title);
  }
});
