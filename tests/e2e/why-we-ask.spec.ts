// "Why we ask" in a real browser: on every step each question's disclosure opens by keyboard,
// Chromium names it after its question, and axe finds nothing with every disclosure open.
import { expect, test } from '@playwright/test';
import { STEP_KEYS } from '../../src/features/wizard/steps';
import { ANSWER_LABELS } from '../../src/knowledge/answer-labels';
import { questionOf, questionsOfStep } from '../../src/scoring';
import { answersWith } from '../scoring/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { boxes, fillStep, next, radios, startQuestionnaire } from './support/questionnaire';

const ANSWERS = answersWith({ about: { sex: 'female' } });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every question's "Why we ask" opens by keyboard and passes axe when open (${colorScheme})`, async ({
    page,
  }) => {
    // Seven full axe runs on a shared, slow machine: give them room.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await startQuestionnaire(page);

    for (const [index, key] of STEP_KEYS.entries()) {
      const step = index + 1;
      if (key === 'about') await fillStep(page, step, ANSWERS); // pregnancy shows once sex is said
      for (const id of questionsOfStep(key)) {
        const { question, why } = ANSWER_LABELS[id];
        const group = questionOf(id).kind === 'multiple' ? boxes(page, id) : radios(page, id);
        const summary = group.getByText(/^Why we ask/);
        const reason = group.getByText(why.text, { exact: true });
        await expect(reason).toBeHidden();
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(reason).toBeVisible();
        // The summary's words, the name a screen reader reads, say which question it is about.
        await expect(summary).toHaveText(`Why we ask: ${question}`);
      }
      await expectNoAxeViolations(page, `step ${step} with every "Why we ask" open`);
      if (step < STEP_KEYS.length) {
        if (key !== 'about') await fillStep(page, step, ANSWERS);
        await next(page);
      }
    }
  });
}
