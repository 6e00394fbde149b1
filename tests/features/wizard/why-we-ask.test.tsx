// "Why we ask" (issue 11, part 2): every question of every step, the warning signs too, has a
// small disclosure inside its own group; a screen reader hears which question it is about, and
// opening it shows the sentence and its sources.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { draftActions } from '../../../src/features/wizard/draft-store';
import { STEP_COUNT, STEP_KEYS } from '../../../src/features/wizard/steps';
import { WizardStep } from '../../../src/features/wizard/WizardStep';
import { ANSWER_LABELS } from '../../../src/knowledge/answer-labels';
import { SOURCES } from '../../../src/knowledge/sources';
import { paths } from '../../../src/lib/paths';
import { questionOf, questionsOfStep } from '../../../src/scoring';
import { completeSteps, renderAt } from './helpers';

// Opening every disclosure of a step through the accessibility tree is slow in jsdom.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  draftActions.draftCleared();
  // Every step open and answered, with sex female, so the pregnancy question is shown too.
  completeSteps(STEP_COUNT);
});

test.each(STEP_KEYS)(
  'the %s step says why it asks each question, and opening it shows the reason and its source',
  async (key) => {
    const user = userEvent.setup();
    renderAt(paths.step(key), <WizardStep step={key} />);

    const ids = questionsOfStep(key);
    expect(await screen.findAllByText('Why we ask')).toHaveLength(ids.length);
    for (const id of ids) {
      const { question, why } = ANSWER_LABELS[id];
      const group = screen.getByRole(questionOf(id).kind === 'multiple' ? 'group' : 'radiogroup', {
        name: question,
      });
      const summary = within(group).getByText('Why we ask');
      // What a screen reader says for the summary: which question it belongs to.
      expect(summary).toHaveTextContent(`Why we ask: ${question}`);
      const reason = within(group).getByText(why.text);
      expect(reason).not.toBeVisible();

      await user.click(summary);

      expect(reason).toBeVisible();
      for (const sourceId of why.sourceIds) {
        const { title, url } = SOURCES[sourceId];
        const link = within(group).getByRole('link', { name: `${title} (opens in a new tab)` });
        expect(link).toBeVisible();
        expect(link).toHaveAttribute('href', url);
      }
    }
  },
);
