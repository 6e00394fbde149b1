// Issue 11, part 2: fewer questions where the answer is already known. A person walks the whole
// questionnaire in Chromium, answering every question each step shows, and the answers are
// counted: a vegan is not asked about meat, fish, dairy or eggs, so gives four answers fewer than
// an omnivore (the README records both numbers). The results' summary says those four were not
// asked, rather than showing an answer the person never gave.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { STEP_COUNT } from '../../src/features/wizard/steps';
import {
  ANSWER_LABELS,
  FOOD_GROUPS_QUESTION,
  labelFor,
  NONE_OF_THESE_OPTION,
} from '../../src/knowledge/answer-labels';
import type { DietPattern } from '../../src/scoring';
import { expectNoAxeViolations } from './support/axe';
import { heading, radios } from './support/questionnaire';

const ANIMAL_FOODS = ['diet.dairy', 'diet.fattyFish', 'diet.redMeat', 'diet.eggs'] as const;

/**
 * Answers every question the step on screen asks, one at a time as a person would (a question
 * that appears after an answer, such as pregnancy, is answered too), and says how many. The way
 * of eating is `pattern`; any other single choice takes its last option (never "Under 18", and
 * for sex one that brings the pregnancy question too); a checkbox question gets one tick, and the
 * warning signs "None of these".
 */
async function answerEveryQuestion(page: Page, pattern: DietPattern): Promise<number> {
  let answered = 0;
  for (;;) {
    const radioGroup = page
      .getByRole('radiogroup')
      .filter({ hasNot: page.getByRole('radio', { checked: true }) })
      .first();
    if ((await radioGroup.count()) > 0) {
      const choice = radioGroup.getByRole('radio', {
        name: labelFor('diet.pattern', pattern),
        exact: true,
      });
      await ((await choice.count()) > 0 ? choice : radioGroup.getByRole('radio').last()).check();
      answered += 1;
      continue;
    }
    const boxGroup = page
      .getByRole('group')
      .filter({ has: page.getByRole('checkbox') })
      .filter({ hasNot: page.getByRole('checkbox', { checked: true }) })
      .first();
    if ((await boxGroup.count()) > 0) {
      const none = boxGroup.getByRole('checkbox', {
        name: NONE_OF_THESE_OPTION.label,
        exact: true,
      });
      await ((await none.count()) > 0 ? none : boxGroup.getByRole('checkbox').first()).check();
      answered += 1;
      continue;
    }
    return answered;
  }
}

/** Walks all seven steps from the start page to the results, and says how many answers it gave. */
async function walkTheQuestionnaire(page: Page, pattern: DietPattern): Promise<number> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  let answers = 0;
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await expect(heading(page)).toContainText(`Step ${step} of ${STEP_COUNT}`);
    answers += await answerEveryQuestion(page, pattern);
    const button = page.getByRole('button', {
      name: step === STEP_COUNT ? 'See my results' : 'Next',
    });
    await button.click();
  }
  await expect(page).toHaveURL(/\/results$/);
  return answers;
}

// Every question asked, with pregnancy (sex is not male): 3 about you, 4 on symptoms, the warning
// signs, 3 on timing, 12 on diet, 3 on lifestyle, 2 on health. A vegan is not asked 4 of the diet's.
const EXPECTED_ANSWERS: ReadonlyArray<readonly [DietPattern, number]> = [
  ['omnivore', 28],
  ['vegan', 24],
];

for (const [pattern, expected] of EXPECTED_ANSWERS) {
  test(`${pattern === 'vegan' ? 'a vegan' : 'an omnivore'} answers ${expected} questions in the whole questionnaire`, async ({
    page,
  }) => {
    const answers = await walkTheQuestionnaire(page, pattern);
    test.info().annotations.push({ type: `answers, ${pattern}`, description: `${answers}` });
    expect(answers).toBe(expected);

    // The summary shows what was asked as given, and what was not as not asked.
    const summary = page.getByRole('region', { name: 'Your answers' });
    await expect(summary).toContainText(labelFor('diet.pattern', pattern));
    for (const id of ANIMAL_FOODS) {
      const answer = summary
        .getByRole('term')
        .filter({ hasText: ANSWER_LABELS[id].name })
        .locator('xpath=following-sibling::dd[1]');
      if (pattern === 'vegan') {
        await expect(answer).toHaveText('Not asked: your way of eating leaves it out');
      } else {
        await expect(answer).toHaveText(labelFor(id, 'most-days'));
      }
    }
  });
}

test('on the diet step, choosing vegan takes meat, fish, dairy and eggs away and says why; omnivore brings them back', async ({
  page,
}) => {
  // Straight to the diet step is not allowed before the steps ahead of it: walk there.
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  for (let step = 1; step < 5; step += 1) {
    await expect(heading(page)).toContainText(`Step ${step} of ${STEP_COUNT}`);
    await answerEveryQuestion(page, 'omnivore');
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(heading(page)).toContainText(`Step 5 of ${STEP_COUNT}: Diet`);
  const grid = page.getByRole('group', { name: FOOD_GROUPS_QUESTION, exact: true });
  await expect(grid.getByRole('radiogroup')).toHaveCount(9);

  await radios(page, 'diet.pattern')
    .getByRole('radio', { name: labelFor('diet.pattern', 'vegan'), exact: true })
    .check();
  await expect(grid.getByRole('radiogroup')).toHaveCount(5);
  for (const id of ANIMAL_FOODS) await expect(radios(grid, id)).toHaveCount(0);
  await expect(grid.getByRole('status')).toHaveText(
    'Not asked, as your way of eating leaves them out: dairy, oily fish, red meat, and eggs.',
  );
  await expectNoAxeViolations(page, 'diet step, vegan');
  // From the way of eating, the keyboard goes on to the first food group still asked.
  await page.keyboard.press('Tab');
  await expect(radios(grid, 'diet.leafyGreens').getByText(/^Why we ask/)).toBeFocused();

  await radios(page, 'diet.pattern')
    .getByRole('radio', { name: labelFor('diet.pattern', 'omnivore'), exact: true })
    .check();
  await expect(grid.getByRole('radiogroup')).toHaveCount(9);
  await expect(radios(grid, 'diet.dairy').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(grid.getByRole('status')).toHaveText('');
});
