// Issue 11, part 2: fewer questions where the answer is already known. The diet step does not ask
// about the food groups a way of eating leaves out (a vegan about meat, fish, dairy or eggs), says
// so, and still keeps a valid answer for each; changing the way of eating back asks them again.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import {
  draftActions,
  DRAFT_STORAGE_KEY,
  DRAFT_VERSION,
  getDraftSteps,
  rehydrateDraft,
} from '../../../src/features/wizard/draft-store';
import { QuestionsStep } from '../../../src/features/wizard/QuestionsStep';
import { ANSWER_LABELS, FOOD_GROUPS_QUESTION } from '../../../src/knowledge/answer-labels';
import type { FoodGroup } from '../../../src/scoring';
import { pick, pressNext, radioGroup, renderAt } from './helpers';

// Whole steps answered through the accessibility tree are slow in jsdom; allow for it.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
});

const ANIMAL_FOODS = ['dairy', 'fattyFish', 'redMeat', 'eggs'] as const;
const PLANT_FOODS = [
  'leafyGreens',
  'nutsSeeds',
  'wholeGrains',
  'legumes',
  'fortifiedFoods',
] as const;

const foodQuestion = (group: FoodGroup) =>
  screen.queryByRole('radiogroup', { name: ANSWER_LABELS[`diet.${group}`].question });

const foodGrid = () => screen.getByRole('group', { name: FOOD_GROUPS_QUESTION });

async function answerTheRest(user: ReturnType<typeof userEvent.setup>) {
  for (const group of PLANT_FOODS) await pick(user, `diet.${group}`, 'weekly');
  await pick(user, 'diet.water', '4-7-glasses');
  await pick(user, 'diet.alcohol', 'none');
}

test('a vegan is not asked about meat, fish, dairy or eggs, is told why, and Next works', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);
  for (const group of ANIMAL_FOODS) expect(foodQuestion(group)).toBeInTheDocument();
  expect(within(foodGrid()).getByRole('status')).toHaveTextContent('');

  await pick(user, 'diet.pattern', 'vegan');

  for (const group of ANIMAL_FOODS) expect(foodQuestion(group)).not.toBeInTheDocument();
  expect(within(foodGrid()).getAllByRole('radiogroup')).toHaveLength(PLANT_FOODS.length);
  expect(within(foodGrid()).getByRole('status')).toHaveTextContent(
    'Not asked, as your way of eating leaves them out: dairy, oily fish, red meat, and eggs.',
  );

  await answerTheRest(user);
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/lifestyle');
  // What is kept is a whole, valid diet answer: the groups left out hold "rarely or never".
  expect(getDraftSteps().diet).toEqual({
    pattern: 'vegan',
    dairy: 'rarely',
    fattyFish: 'rarely',
    redMeat: 'rarely',
    eggs: 'rarely',
    leafyGreens: 'weekly',
    nutsSeeds: 'weekly',
    wholeGrains: 'weekly',
    legumes: 'weekly',
    fortifiedFoods: 'weekly',
    water: '4-7-glasses',
    alcohol: 'none',
  });
});

test('a vegetarian is asked about dairy and eggs but not meat or fish; a pescatarian only not meat', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);

  await pick(user, 'diet.pattern', 'vegetarian');
  expect(foodQuestion('dairy')).toBeInTheDocument();
  expect(foodQuestion('eggs')).toBeInTheDocument();
  expect(foodQuestion('fattyFish')).not.toBeInTheDocument();
  expect(foodQuestion('redMeat')).not.toBeInTheDocument();

  await pick(user, 'diet.pattern', 'pescatarian');
  expect(foodQuestion('fattyFish')).toBeInTheDocument();
  expect(foodQuestion('redMeat')).not.toBeInTheDocument();
  expect(within(foodGrid()).getByRole('status')).toHaveTextContent(
    'Not asked, as your way of eating leaves them out: red meat.',
  );
});

test('choosing omnivore after vegan asks about meat, fish, dairy and eggs again, unanswered', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);

  await pick(user, 'diet.pattern', 'vegan');
  await pick(user, 'diet.pattern', 'omnivore');

  for (const group of ANIMAL_FOODS) {
    const question = foodQuestion(group);
    expect(question).toBeInTheDocument();
    // "Rarely or never" was only held for the vegan: it was never this person's answer.
    for (const radio of within(radioGroup(`diet.${group}`)).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
  }
  expect(within(foodGrid()).getByRole('status')).toHaveTextContent('');

  // Next now asks for them, and the first of them takes the focus.
  await answerTheRest(user);
  await pressNext(user);
  expect(window.location.pathname).toBe('/step/diet');
  expect(within(radioGroup('diet.dairy')).getByText('Say how often you eat dairy')).toBeVisible();
  expect(
    within(radioGroup('diet.dairy')).getByRole('radio', { name: 'Rarely or never' }),
  ).toHaveFocus();
});

test("a person's own answers come back when the way of eating is changed back", async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);
  await pick(user, 'diet.pattern', 'omnivore');
  await pick(user, 'diet.dairy', 'most-days');
  await pick(user, 'diet.redMeat', 'weekly');

  await pick(user, 'diet.pattern', 'vegan');
  expect(getDraftSteps().diet).toMatchObject({ dairy: 'rarely', redMeat: 'rarely' });
  await pick(user, 'diet.pattern', 'omnivore');

  expect(within(radioGroup('diet.dairy')).getByRole('radio', { name: 'Most days' })).toBeChecked();
  expect(within(radioGroup('diet.redMeat')).getByRole('radio', { name: 'Weekly' })).toBeChecked();
  for (const radio of within(radioGroup('diet.eggs')).getAllByRole('radio')) {
    expect(radio).not.toBeChecked();
  }
  expect(getDraftSteps().diet).toMatchObject({ dairy: 'most-days', redMeat: 'weekly' });
});

test('a message for a food group goes when a way of eating leaves it out, and focus goes to what is asked', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);
  await pressNext(user);
  expect(within(radioGroup('diet.dairy')).getByText('Say how often you eat dairy')).toBeVisible();

  await pick(user, 'diet.pattern', 'vegan');
  await pressNext(user);

  expect(screen.queryByText('Say how often you eat dairy')).not.toBeInTheDocument();
  expect(
    within(radioGroup('diet.leafyGreens')).getByText('Say how often you eat leafy greens'),
  ).toBeVisible();
  expect(
    within(radioGroup('diet.leafyGreens')).getByRole('radio', { name: 'Rarely or never' }),
  ).toHaveFocus();
});

test('from the way of eating, Tab goes on to the first food group still asked, and "Why we ask" opens', async () => {
  const user = userEvent.setup();
  renderAt('/step/diet', <QuestionsStep step="diet" />);
  await pick(user, 'diet.pattern', 'vegan');
  expect(within(radioGroup('diet.pattern')).getByRole('radio', { name: /^Vegan/ })).toHaveFocus();

  await user.tab();

  // The next stop is the "Why we ask" of leafy greens: dairy, oily fish, red meat and eggs
  // are gone from the page, not merely hidden from sight.
  const greens = radioGroup('diet.leafyGreens');
  const why = within(greens).getByText('Why we ask');
  expect(why).toHaveFocus();
  const reason = within(greens).getByText(ANSWER_LABELS['diet.leafyGreens'].why.text);
  expect(reason).not.toBeVisible();
  // (jsdom does not open a <details> from the keyboard; a browser does, and a click is the same.)
  await user.click(why);
  expect(reason).toBeVisible();
});

test("a vegan's draft saved before this change resumes: her own animal-food answers are not asked again", async () => {
  const user = userEvent.setup();
  // The stored format is unchanged; a vegan then answered dairy and eggs herself.
  // Read as the app reads a stored draft: envelope, migration, validation.
  localStorage.setItem(
    DRAFT_STORAGE_KEY,
    JSON.stringify({
      state: {
        steps: { diet: { pattern: 'vegan', dairy: 'weekly', eggs: 'weekly', fattyFish: 'rarely' } },
        id: 'draft-before-diet-skip',
      },
      version: DRAFT_VERSION,
    }),
  );
  await rehydrateDraft();
  if (!getDraftSteps().diet) throw new Error('the old draft reads');
  renderAt('/step/diet', <QuestionsStep step="diet" />);

  expect(within(radioGroup('diet.pattern')).getByRole('radio', { name: /^Vegan/ })).toBeChecked();
  for (const group of ANIMAL_FOODS) expect(foodQuestion(group)).not.toBeInTheDocument();
  await answerTheRest(user);
  await pressNext(user);

  expect(window.location.pathname).toBe('/step/lifestyle');
  expect(getDraftSteps().diet).toMatchObject({
    dairy: 'rarely',
    eggs: 'rarely',
    redMeat: 'rarely',
  });
});
