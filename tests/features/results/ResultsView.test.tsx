import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ResultsView } from '../../../src/features/results/ResultsView';
import { describeReason, labelFor } from '../../../src/knowledge/answer-labels';
import type { DietTag, Food } from '../../../src/knowledge/foods';
import { FOOD_KEYS, FOODS } from '../../../src/knowledge/foods';
import { LAB_TESTS } from '../../../src/knowledge/lab-tests';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { OTHER_CAUSES } from '../../../src/knowledge/other-causes';
import { DISCLAIMER, WHEN_TO_SEE_A_DOCTOR } from '../../../src/knowledge/prevention';
import { RED_FLAGS } from '../../../src/knowledge/red-flags';
import { isSourceId, SOURCES } from '../../../src/knowledge/sources';
import { TRIAGE_ADVICE } from '../../../src/knowledge/triage-advice';
import type { Answers } from '../../../src/scoring';
import { assess } from '../../../src/scoring';
import type { AnswerChanges } from '../../scoring/fixtures';
import { answersWith, BASE_ANSWERS, VEGAN_TINGLING, VEGETARIAN_RESTLESS } from './fixtures';
import { renderResults } from '../../support/render-results';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

function foodsRegion() {
  return screen.getByRole('region', { name: 'Foods that could help' });
}

/** Every name a food can be shown under: its own name and its shared name. */
function namesOf(food: Food): string[] {
  return [food.name, FOOD_KEYS[food.key]];
}

/**
 * Names of foods carrying any of the forbidden tags, minus names that a fitting food shares
 * (so the check is about the food, not a coincidence of words).
 */
function forbiddenFoodNames(forbidden: readonly DietTag[], allowedTag: DietTag): string[] {
  const isForbidden = (food: Food) => forbidden.some((tag) => food.tags.includes(tag));
  const allowedNames = new Set(
    FOODS.filter((food) => food.tags.includes(allowedTag) && !isForbidden(food)).flatMap(namesOf),
  );
  return [...new Set(FOODS.filter(isForbidden).flatMap(namesOf))].filter(
    (name) => !allowedNames.has(name),
  );
}

test('person who ticked a warning sign sees emergency advice first, before any nutrient', () => {
  const answers = answersWith({ redFlags: ['breathless-chest-pain'] });
  renderResults(answers);

  const headings = screen.getAllByRole('heading');
  expect(headings[0]).toHaveAccessibleName('Your results');
  expect(headings[1]).toHaveAccessibleName(expect.stringContaining(TRIAGE_ADVICE.emergency.action));
  const panel = screen.getByRole('region', { name: /warning sign: what to do now/i });
  const ticked = within(panel).getByRole('list', { name: /warning signs you ticked/ });
  expect(within(ticked).getByText(RED_FLAGS['breathless-chest-pain'].label)).toBeVisible();
  expect(within(panel).getByText(TRIAGE_ADVICE.emergency.detail, { exact: false })).toBeVisible();
  // What the sign could mean follows under "Why this advice", linked from the first screen.
  const why = screen.getByRole('region', { name: 'Why this advice' });
  expect(
    within(why).getByText(RED_FLAGS['breathless-chest-pain'].mayMean.text, { exact: false }),
  ).toBeVisible();
  // The panel comes before the short answer, which comes before the ranked factors.
  const summary = screen.getByRole('region', { name: 'Your results in short' });
  const factors = screen.getByRole('heading', { name: 'What could be involved' });
  expect(panel.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(summary.compareDocumentPosition(factors) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('a long cramp with an injury is shown as an emergency sign, as the triage says', () => {
  const assessment = renderResults(answersWith({ redFlags: ['long-cramp', 'injury'] }));
  expect(assessment.triage.level).toBe('emergency');

  const panel = screen.getByRole('region', { name: /warning sign: what to do now/i });
  const cramp = within(panel).getByText(RED_FLAGS['long-cramp'].label).closest('li');
  expect(cramp).toHaveTextContent('(an emergency sign)');
});

test('person with a same-day warning sign is told to get seen today and when to call for help', () => {
  renderResults(answersWith({ redFlags: ['one-leg-swollen'] }));

  const panel = screen.getByRole('region', { name: /warning sign: what to do now/i });
  expect(
    within(panel).getByRole('heading', { level: 2, name: new RegExp(TRIAGE_ADVICE.urgent.action) }),
  ).toBeVisible();
  expect(within(panel).getByText(RED_FLAGS['one-leg-swollen'].label)).toBeVisible();
  expect(within(panel).getByText(TRIAGE_ADVICE.urgent.detail, { exact: false })).toBeVisible();
  const why = screen.getByRole('region', { name: 'Why this advice' });
  expect(
    within(why).getByText(RED_FLAGS['one-leg-swollen'].whatToDo, { exact: false }),
  ).toBeVisible();
  expect(
    within(why).getByRole('link', {
      name: `${RED_FLAGS['one-leg-swollen'].learnMore.title} (opens in a new tab)`,
    }),
  ).toHaveAttribute('href', RED_FLAGS['one-leg-swollen'].learnMore.url);
});

test('person without warning signs sees the self-care advice and when to see a doctor', () => {
  const assessment = renderResults(BASE_ANSWERS);

  expect(assessment.triage.level).toBe('self-care');
  expect(
    screen.getByRole('heading', { level: 2, name: new RegExp(TRIAGE_ADVICE['self-care'].action) }),
  ).toBeVisible();
  expect(screen.queryByText(/warning sign: what to do now/i)).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
  expect(screen.getByText(WHEN_TO_SEE_A_DOCTOR.text, { exact: false })).toBeVisible();
});

test('vegan with tingling and numbness sees vitamin B12 first with its band and reasons in words', () => {
  const assessment = renderResults(VEGAN_TINGLING);
  const top = assessment.ranked[0];

  expect(top?.nutrient).toBe('vitamin-b12');
  const factors = screen.getByRole('region', { name: 'What could be involved' });
  const factorHeadings = within(factors).getAllByRole('heading', { level: 3 });
  expect(factorHeadings[0]).toHaveAccessibleName(NUTRIENTS['vitamin-b12'].name);
  const card = screen.getByRole('article', { name: NUTRIENTS['vitamin-b12'].name });
  expect(within(card).getByText('Likely worth checking')).toBeVisible();
  expect(
    within(card).getByRole('meter', {
      name: `${NUTRIENTS['vitamin-b12'].name} score, ${top?.score} out of 100`,
    }),
  ).toHaveAttribute('value', String(top?.score));
  expect(
    within(card).getByText(describeReason('symptoms.kinds', 'tingling'), { exact: false }),
  ).toBeVisible();
  expect(within(card).getByRole('list', { name: 'Makes it more likely' })).toBeVisible();
  expect(
    within(card).getByText(NUTRIENTS['vitamin-b12'].role.text, { exact: false }),
  ).toBeVisible();
  expect(
    within(card).getByText(NUTRIENTS['vitamin-b12'].evidence.label, { exact: false }),
  ).toBeVisible();
});

test('person can tell reasons that lower a factor from reasons that raise it, in words', () => {
  const answers = answersWith({
    lifestyle: { supplements: ['vitamin-b12'] },
    // Two nerve symptoms keep B12 'possible' (its card open) now that a vegan's left-out food
    // groups no longer add to the pattern (contract v2).
    symptoms: { kinds: ['tingling', 'numbness'] },
    diet: {
      pattern: 'vegan',
      dairy: 'rarely',
      eggs: 'rarely',
      fattyFish: 'rarely',
      redMeat: 'rarely',
    },
  });
  const assessment = renderResults(answers);
  const b12 = assessment.ranked.find((factor) => factor.nutrient === 'vitamin-b12');
  const lowering = b12?.reasons.find((reason) => reason.weight < 0);
  if (!lowering) throw new Error('taking B12 lowers the B12 factor');

  const card = screen.getByRole('article', { name: NUTRIENTS['vitamin-b12'].name });
  const lowers = within(card).getByRole('list', { name: 'Makes it less likely' });
  expect(within(lowers).getByText(describeReason(lowering.field, lowering.value))).toBeVisible();
  const raises = within(card).getByRole('list', { name: 'Makes it more likely' });
  expect(within(raises).getByText(describeReason('symptoms.kinds', 'tingling'))).toBeVisible();
});

test('every factor score is a meter with a name that says the score in words', () => {
  const assessment = renderResults(VEGETARIAN_RESTLESS);

  for (const factor of assessment.ranked) {
    const name = `${NUTRIENTS[factor.nutrient].name} score, ${factor.score} out of 100`;
    // Unlikely factors sit in a closed <details>; they are still in the page.
    expect(screen.getByRole('meter', { name, hidden: true })).toHaveAttribute(
      'value',
      String(factor.score),
    );
  }
});

test('person can open the less likely factors', async () => {
  const user = userEvent.setup();
  const assessment = renderResults(VEGAN_TINGLING);
  const unlikely = assessment.ranked.filter((factor) => factor.band === 'unlikely');
  expect(unlikely.length).toBeGreaterThan(0);

  await user.click(screen.getByText(/^Less likely from your answers/));
  for (const factor of unlikely) {
    expect(
      screen.getByRole('heading', { level: 3, name: NUTRIENTS[factor.nutrient].name }),
    ).toBeVisible();
  }
});

test('vegan sees only foods without fish, eggs, dairy or meat', async () => {
  const user = userEvent.setup();
  renderResults(VEGAN_TINGLING);
  const region = foodsRegion();

  // Open every "show more" so hidden foods are checked too.
  for (const summary of within(region).queryAllByText(/^Show \d+ more/)) await user.click(summary);

  const b12Foods = FOODS.filter(
    (food) => food.nutrient === 'vitamin-b12' && food.tags.includes('vegan'),
  );
  expect(b12Foods.length).toBeGreaterThan(0);
  expect(within(region).getAllByText(b12Foods[0]?.name ?? '').length).toBeGreaterThan(0);

  const forbidden = forbiddenFoodNames(['fish', 'egg', 'dairy', 'meat'], 'vegan');
  expect(forbidden.length).toBeGreaterThan(0);
  for (const name of forbidden) expect(within(region).queryByText(name)).not.toBeInTheDocument();
});

test('vegetarian sees no meat or fish among the foods', async () => {
  const user = userEvent.setup();
  renderResults(VEGETARIAN_RESTLESS);
  const region = foodsRegion();
  for (const summary of within(region).queryAllByText(/^Show \d+ more/)) await user.click(summary);

  expect(within(region).getByRole('heading', { name: `For ${NUTRIENTS.iron.name}` })).toBeVisible();
  const forbidden = forbiddenFoodNames(['fish', 'meat'], 'vegetarian');
  expect(forbidden.length).toBeGreaterThan(0);
  for (const name of forbidden) expect(within(region).queryByText(name)).not.toBeInTheDocument();
});

test('foods are listed with the most per serving first, with serving, amount and daily value', () => {
  renderResults(VEGAN_TINGLING);
  const region = foodsRegion();
  const heading = within(region).getByRole('heading', {
    name: `For ${NUTRIENTS['vitamin-b12'].name}`,
  });
  // The group is the heading's parent; its first list holds the foods shown before "show more".
  const group = heading.parentElement;
  if (!group) throw new Error('the heading sits in its food group');
  const [list] = within(group).getAllByRole('list');
  if (!list) throw new Error('the food group has a list');
  const items = within(list).getAllByRole('listitem');
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(5);

  const [expected] = FOODS.filter(
    (food) => food.nutrient === 'vitamin-b12' && food.tags.includes('vegan'),
  ).toSorted((a, b) => b.amount - a.amount);
  if (!expected) throw new Error('some vegan food has vitamin B12');
  expect(items[0]).toHaveTextContent(expected.name);
  expect(items[0]).toHaveTextContent(expected.serving);
  expect(items[0]).toHaveTextContent(expected.unit);
  expect(expected.percentDV).not.toBeNull();
  expect(items[0]).toHaveTextContent(`${expected.percentDV}% of the daily value`);
});

test('person sees the blood tests to ask about and the upper limits of likely nutrients', () => {
  const assessment = renderResults(VEGAN_TINGLING);
  const region = screen.getByRole('region', { name: 'Blood tests to ask about' });

  expect(assessment.tests.length).toBeGreaterThan(0);
  for (const id of assessment.tests) {
    expect(within(region).getByRole('heading', { name: LAB_TESTS[id].name })).toBeVisible();
    expect(within(region).getByText(LAB_TESTS[id].measures, { exact: false })).toBeVisible();
  }
  const habits = screen.getByRole('region', { name: 'Everyday habits that could help' });
  expect(
    within(habits).getByText(NUTRIENTS['vitamin-b12'].upperLimit.text, { exact: false }),
  ).toBeVisible();
});

test('person on a statin with aching muscles sees it as another possible cause', () => {
  const assessment = renderResults(
    answersWith({ symptoms: { kinds: ['aches'] }, health: { medications: ['statin'] } }),
  );

  expect(assessment.otherCauses).toContain('statin-muscle-symptoms');
  const region = screen.getByRole('region', { name: 'Other possible causes' });
  const cause = OTHER_CAUSES['statin-muscle-symptoms'];
  expect(within(region).getByRole('heading', { name: cause.title })).toBeVisible();
  expect(within(region).getByText(cause.why.text, { exact: false })).toBeVisible();
});

test('every source link points to a listed source, and the list names each one', () => {
  renderResults(VEGAN_TINGLING);
  const sources = screen.getByRole('region', { name: 'About these results' });
  expect(within(sources).getByText(DISCLAIMER)).toBeVisible();

  // Every in-page link to the source list, named for the source it points to.
  const refs = screen
    .getAllByRole('link', { hidden: true })
    .filter((link) => link.getAttribute('href')?.startsWith('#results-source-'));
  expect(refs.length).toBeGreaterThan(0);
  const cited = new Set<string>();
  for (const ref of refs) {
    const id = ref.getAttribute('href')?.replace('#results-source-', '') ?? '';
    expect(ref).toHaveAccessibleName(`Source ${id}`);
    cited.add(id);
  }
  const list = within(sources).getByRole('list');
  const items = within(list).getAllByRole('listitem');
  const links = within(list).getAllByRole('link');
  expect(links).toHaveLength(items.length);
  const listed = new Set(items.map((item) => /^\[(S\d+)\]/.exec(item.textContent ?? '')?.[1]));
  expect(listed).toEqual(cited);
  for (const [index, item] of items.entries()) {
    const id = /^\[(S\d+)\]/.exec(item.textContent ?? '')?.[1] ?? '';
    expect(isSourceId(id)).toBe(true);
    if (!isSourceId(id)) continue;
    const link = links[index];
    expect(link).toHaveAccessibleName(`${SOURCES[id].title} (opens in a new tab)`);
    expect(link).toHaveAttribute('href', SOURCES[id].url);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('person can go back to a step from the answers summary', async () => {
  const user = userEvent.setup();
  const onChangeAnswer = vi.fn();
  renderResults(VEGAN_TINGLING, { onChangeAnswer });

  const summary = screen.getByRole('region', { name: 'Your answers' });
  const dietLink = within(summary).getByRole('link', { name: 'Change my diet answers' });
  expect(dietLink).toHaveAttribute('href', '/step/diet');
  await user.click(dietLink);
  expect(onChangeAnswer).toHaveBeenCalledWith('diet');

  const signsLink = within(summary).getByRole('link', { name: 'Change my warning signs' });
  expect(signsLink).toHaveAttribute('href', '/step/warning-signs');
  await user.click(signsLink);
  expect(onChangeAnswer).toHaveBeenLastCalledWith('warningSigns');
});

test('results speak in "may" and "could", never "you have"', () => {
  renderResults(VEGAN_TINGLING);
  expect(document.body).not.toHaveTextContent(/\byou have\b/i);
  expect(document.body).toHaveTextContent(/\b(may|could)\b/);
});

test('a saved result shows its answers without links back into the questionnaire', () => {
  const assessment = assess(VEGAN_TINGLING);
  render(
    <ResultsView
      answers={VEGAN_TINGLING}
      assessment={assessment}
      title="Your result from 1 May"
      canChangeAnswers={false}
    />,
  );

  expect(screen.getByRole('heading', { level: 1, name: 'Your result from 1 May' })).toBeVisible();
  const summary = screen.getByRole('region', { name: 'Your answers' });
  expect(within(summary).getByText(labelFor('diet.pattern', 'vegan'))).toBeVisible();
  expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
});

test('a pregnant person sees no liver or cod liver oil among the foods; the same answers not pregnant do', async () => {
  const user = userEvent.setup();
  const changes: AnswerChanges = {
    symptoms: { kinds: ['cramps', 'fatigue', 'restless-legs', 'weakness'] },
    timing: { when: ['night', 'evening-rest'], duration: 'months' },
    lifestyle: { sun: 'rarely' },
  };
  const liverNames = FOODS.filter((food) => /liver/i.test(food.name)).flatMap(namesOf);
  expect(liverNames).toEqual(expect.arrayContaining(['Cod liver oil', 'Beef liver, pan-fried']));

  const { unmount } = render(<ResultsFor answers={answersWith(changes)} />);
  for (const summary of within(foodsRegion()).queryAllByText(/^Show \d+ more/))
    await user.click(summary);
  expect(within(foodsRegion()).getAllByText(/liver/i).length).toBeGreaterThan(0);
  unmount();

  render(<ResultsFor answers={answersWith({ ...changes, about: { pregnant: true } })} />);
  const region = foodsRegion();
  for (const summary of within(region).queryAllByText(/^Show \d+ more/)) await user.click(summary);
  expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(0);
  expect(within(region).queryByText(/liver/i)).not.toBeInTheDocument();
});

function ResultsFor({ answers }: { answers: Answers }) {
  return <ResultsView answers={answers} assessment={assess(answers)} />;
}
