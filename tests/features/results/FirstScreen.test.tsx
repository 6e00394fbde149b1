// The first screen of the results (issue 12): what to do now, the factors worth checking with
// their band and reason, the safety notes, the tests, a few foods and a link to each section,
// all before the details, which stay in the page under headings a screen reader can jump to.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ResultsView } from '../../../src/features/results/ResultsView';
import { buildResultsModel } from '../../../src/features/results/results-model';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { WHEN_TO_SEE_A_DOCTOR } from '../../../src/knowledge/prevention';
import { TRIAGE_ADVICE } from '../../../src/knowledge/triage-advice';
import type { Answers } from '../../../src/scoring';
import { assess } from '../../../src/scoring';
import { answersWith, VEGETARIAN_RESTLESS } from './fixtures';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

function renderResults(answers: Answers) {
  const assessment = assess(answers);
  render(<ResultsView answers={answers} assessment={assessment} />);
  return buildResultsModel(answers, assessment);
}

function summary() {
  return screen.getByRole('region', { name: 'Your results in short' });
}

/** Night cramps and spasms for months, few greens or nuts, on a blood thinner. */
const ON_A_BLOOD_THINNER = answersWith({
  symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  diet: { leafyGreens: 'rarely', nutsSeeds: 'rarely' },
  health: { medications: ['blood-thinner'] },
});

test('person sees the short answer right after what to do now, before any detail', () => {
  const model = renderResults(VEGETARIAN_RESTLESS);
  const short = summary();

  const factors = within(short).getByRole('list', { name: 'Could be involved' });
  const items = within(factors).getAllByRole('listitem');
  expect(items).toHaveLength(model.firstScreen.factors.length);
  for (const [index, factor] of model.firstScreen.factors.entries()) {
    expect(items[index]).toHaveTextContent(factor.name);
    expect(items[index]).toHaveTextContent(factor.bandWords);
    expect(items[index]).toHaveTextContent(factor.reason ?? '');
  }
  const tests = within(short).getByRole('list', { name: /^Blood tests to ask about/ });
  expect(
    within(tests)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(model.firstScreen.tests.map((t) => t.name));
  const foods = within(short).getByRole('list', { name: 'Foods to start with' });
  expect(within(foods).getAllByRole('listitem')).toHaveLength(model.firstScreen.foods.length);

  // Headings in reading order: the page, what to do, the short answer, when to see a doctor,
  // then the details.
  const order = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(order.slice(0, 4)).toEqual([
    `What to do now: ${TRIAGE_ADVICE[model.triage.level].action}`,
    'Your results in short',
    'When to see a doctor',
    'Why this advice',
  ]);
  expect(screen.getByText(WHEN_TO_SEE_A_DOCTOR.text, { exact: false })).toBeVisible();
});

test('each link of the first screen leads to a section heading in the page', () => {
  renderResults(
    answersWith({ health: { medications: ['statin'] }, symptoms: { kinds: ['aches'] } }),
  );
  const nav = screen.getByRole('navigation', { name: 'Details on this page' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((link) => link.textContent)).toEqual([
    'Why',
    'Foods',
    'Tests',
    'Other causes',
    'Habits',
    'Sources',
  ]);
  for (const link of links) {
    const id = link.getAttribute('href')?.slice(1) ?? '';
    const target = document.getElementById(id);
    expect(target, id).not.toBeNull();
    expect(target?.tagName).toBe('H2');
  }
});

test('without other causes there is no link to them', () => {
  renderResults(VEGETARIAN_RESTLESS);
  const nav = screen.getByRole('navigation', { name: 'Details on this page' });
  expect(within(nav).queryByRole('link', { name: 'Other causes' })).toBeNull();
  expect(screen.queryByRole('heading', { name: 'Other possible causes' })).toBeNull();
});

test('each safety note is named on the first screen and its link leads to its full words', () => {
  const model = renderResults(ON_A_BLOOD_THINNER);
  const notes = within(summary()).getByRole('list', { name: /^Safety notes/ });
  const links = within(notes).getAllByRole('link');
  expect(links.map((link) => link.textContent)).toEqual(
    model.firstScreen.cautions.map((caution) => CAUTIONS[caution.key].title),
  );
  for (const [index, link] of links.entries()) {
    const caution = CAUTIONS[model.firstScreen.cautions[index]?.key ?? 'warfarin-vitamin-k'];
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    const where = target?.closest('section, div');
    expect(where, caution.title).toHaveTextContent(caution.text);
  }
});

test('the warfarin note on leafy greens shows once, above the foods, and not in each factor', async () => {
  const user = userEvent.setup();
  renderResults(ON_A_BLOOD_THINNER);
  const caution = CAUTIONS['warfarin-vitamin-k'];
  // Open every fold, so nothing is missed.
  for (const fold of screen.getAllByText(/^(Less likely from your answers|Show \d+ more)/)) {
    await user.click(fold);
  }

  expect(screen.getAllByText(caution.text, { exact: false })).toHaveLength(1);
  const foods = screen.getByRole('region', { name: 'Foods that could help' });
  const notes = within(foods).getByRole('list', { name: /^Safety notes on these foods/ });
  expect(within(notes).getByText(caution.text, { exact: false })).toBeVisible();
  // It comes before the first food list.
  const firstList = within(foods).getAllByRole('heading', { level: 3, name: /^For / })[0];
  expect(
    notes.compareDocumentPosition(firstList ?? foods) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  // The magnesium card keeps its own notes, without this one.
  const magnesium = screen.getByRole('article', { name: NUTRIENTS.magnesium.name });
  expect(within(magnesium).queryByText(caution.text, { exact: false })).toBeNull();
});
