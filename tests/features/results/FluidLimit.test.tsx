// Advice that could harm is held back: a person told by a doctor to limit fluids is never told to
// drink more (no fluid foods, no habit of drinking through the day), and sees why instead.
import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import { PREVENTION_HABITS } from '../../../src/knowledge/prevention';
import type { AnswerChanges } from '../../scoring/fixtures';
import { answersWith } from './fixtures';
import { renderResults } from '../../support/render-results';

// The whole results page is a large tree for jsdom; leave room on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

/** Cramps after exercise, sweating a lot and drinking little: fluids are worth looking at. */
const THIRSTY: AnswerChanges = {
  symptoms: { kinds: ['cramps'], severity: 'moderate' },
  timing: { when: ['during-exercise', 'after-exercise'], duration: 'weeks' },
  diet: { water: 'under-4-glasses' },
  lifestyle: { sweating: 'heavy' },
};

const FLUIDS_HABIT = PREVENTION_HABITS.find((habit) => habit.id === 'fluids-through-the-day');
if (!FLUIDS_HABIT)
  throw new Error('the habit of drinking through the day is in the knowledge base');

test('without a fluid limit, the same person is offered fluids and the habit of drinking through the day', () => {
  const assessment = renderResults(answersWith(THIRSTY));
  expect(assessment.ranked.find((f) => f.nutrient === 'hydration')?.band).not.toBe('unlikely');

  const habits = screen.getByRole('region', { name: 'Everyday habits that could help' });
  expect(within(habits).getByText(FLUIDS_HABIT.title)).toBeVisible();
  const foods = screen.getByRole('region', { name: 'Foods that could help' });
  expect(
    within(foods).getByRole('heading', { name: `For ${NUTRIENTS.hydration.name}` }),
  ).toBeVisible();
});

test('a person told to limit fluids is never told to drink more, and sees the caution instead', () => {
  const assessment = renderResults(
    answersWith({ ...THIRSTY, health: { conditions: ['fluid-restriction'] } }),
  );
  expect(assessment.cautions).toContain('fluid-restriction');

  const habits = screen.getByRole('region', { name: 'Everyday habits that could help' });
  expect(within(habits).queryByText(FLUIDS_HABIT.title)).toBeNull();
  expect(screen.queryByRole('heading', { name: `For ${NUTRIENTS.hydration.name}` })).toBeNull();
  expect(
    screen.getAllByText(CAUTIONS['fluid-restriction'].title, { exact: false }).length,
  ).toBeGreaterThan(0);
});

test('every habit a caution holds back is one of the habits', () => {
  const ids = new Set(PREVENTION_HABITS.map((habit) => habit.id));
  for (const caution of Object.values(CAUTIONS)) {
    for (const habit of caution.withholds?.habits ?? []) expect(ids).toContain(habit);
  }
});

test('when fluids are folded away as less likely, the fluid-limit caution is still shown near the top', () => {
  const assessment = renderResults(answersWith({ health: { conditions: ['fluid-restriction'] } }));
  expect(assessment.ranked.find((f) => f.nutrient === 'hydration')?.band).toBe('unlikely');

  const top = screen.getByRole('region', { name: 'Before you change anything' });
  expect(
    within(top).getByText(CAUTIONS['fluid-restriction'].title, { exact: false }),
  ).toBeVisible();
});
