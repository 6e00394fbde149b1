// The answers summary never shows an answer the person did not give as if they had: a vegan was
// not asked about meat, fish, dairy or eggs, and the summary says so; changing it means changing
// the way of eating, through the diet step's one link.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AnswersSummary } from '../../../src/features/results/AnswersSummary';
import { ANSWER_LABELS, labelFor } from '../../../src/knowledge/answer-labels';
import type { QuestionStep } from '../../../src/scoring';
import { answersWith, VEGAN_TINGLING } from './fixtures';

const NOT_ASKED = 'Not asked: your way of eating leaves it out';

// The answer shown beside a question's name in the summary.
function answerTo(name: string): HTMLElement {
  const terms = within(screen.getByRole('region', { name: 'Your answers' })).getAllByRole('term');
  const answer = terms.find((term) => term.textContent === name)?.nextElementSibling;
  if (!(answer instanceof HTMLElement)) throw new Error(`${name} has an answer beside it`);
  return answer;
}

test("a vegan's meat, fish, dairy and eggs say they were not asked; the diet step's one link changes them", async () => {
  const user = userEvent.setup();
  const onChangeAnswer = vi.fn<(step: QuestionStep) => void>();
  render(<AnswersSummary answers={VEGAN_TINGLING} onChangeAnswer={onChangeAnswer} />);

  for (const id of ['diet.dairy', 'diet.fattyFish', 'diet.redMeat', 'diet.eggs'] as const) {
    expect(answerTo(ANSWER_LABELS[id].name)).toHaveTextContent(NOT_ASKED);
  }
  expect(answerTo(ANSWER_LABELS['diet.fortifiedFoods'].name)).toHaveTextContent(
    labelFor('diet.fortifiedFoods', 'rarely'),
  );
  expect(answerTo(ANSWER_LABELS['diet.pattern'].name)).toHaveTextContent(
    labelFor('diet.pattern', 'vegan'),
  );

  // No link offers to change a food group on its own: the step's link opens the diet step, where
  // the way of eating is the answer to change.
  const links = within(screen.getByRole('region', { name: 'Your answers' })).getAllByRole('link');
  expect(links.filter((link) => /diet/i.test(link.textContent))).toHaveLength(1);
  await user.click(screen.getByRole('link', { name: 'Change my diet answers' }));
  expect(onChangeAnswer).toHaveBeenCalledWith('diet');
});

test('an omnivore sees her own answer for each food group', () => {
  render(
    <AnswersSummary
      answers={answersWith({ diet: { pattern: 'omnivore', dairy: 'rarely', eggs: 'weekly' } })}
    />,
  );
  expect(answerTo(ANSWER_LABELS['diet.dairy'].name)).toHaveTextContent(
    labelFor('diet.dairy', 'rarely'),
  );
  expect(answerTo(ANSWER_LABELS['diet.eggs'].name)).toHaveTextContent('Weekly');
  expect(screen.queryByText(NOT_ASKED)).not.toBeInTheDocument();
});
