// The first screen answers the question (issue 12): on a 390 x 844 phone, right after the
// questionnaire and without scrolling, a person sees what to do now, the factors worth checking
// with their band and the answer behind each, the blood tests to ask about, two or three foods
// that fit their diet and a link to each detail section. The expected words come from the
// results model, so the check follows the knowledge base; where they sit is the browser's.
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { buildResultsModel } from '../../src/features/results/results-model';
import { FOODS } from '../../src/knowledge/foods';
import { RED_FLAGS } from '../../src/knowledge/red-flags';
import { TRIAGE_ADVICE } from '../../src/knowledge/triage-advice';
import type { Answers } from '../../src/scoring';
import { answersSchema, assess } from '../../src/scoring';
import { expectNoAxeViolations } from './support/axe';
import { answerQuestionnaire, startQuestionnaire } from './support/questionnaire';

const PHONE = { width: 390, height: 844 };

/** A woman of 51-70 with night cramps for months, who rarely eats greens, nuts or fish. */
const TYPICAL: Answers = {
  about: { ageBand: '51-70', sex: 'female', pregnant: false },
  symptoms: { kinds: ['cramps'], legs: 'both', severity: 'moderate' },
  timing: { when: ['night'], duration: 'months', onset: 'gradual' },
  diet: {
    pattern: 'omnivore',
    dairy: 'weekly',
    fattyFish: 'rarely',
    redMeat: 'weekly',
    eggs: 'weekly',
    leafyGreens: 'rarely',
    nutsSeeds: 'rarely',
    wholeGrains: 'weekly',
    legumes: 'rarely',
    fortifiedFoods: 'weekly',
    water: '4-7-glasses',
    alcohol: 'none',
  },
  lifestyle: { sun: 'rarely', sweating: 'low', supplements: [] },
  health: { conditions: [], medications: [] },
  redFlags: [],
};

/** The same person, with one leg swollen, red and warm: a warning sign. */
const RED_FLAG: Answers = { ...TYPICAL, redFlags: ['one-leg-swollen'] };

/**
 * The vegan of the Lighthouse bench and the results page's browser tests, read from their stored
 * draft (tests/fixtures/finished-draft.json): tingling, numbness and cramps, an acid reducer.
 * Each step's answers are the answers' section of that name; the warning signs are `redFlags`.
 */
const VEGAN: Answers = (() => {
  const draft = JSON.parse(
    fs.readFileSync(new URL('../fixtures/finished-draft.json', import.meta.url), 'utf8'),
  ) as { state: { steps: Record<string, Record<string, unknown>> } };
  const { warningSigns, ...sections } = draft.state.steps;
  return answersSchema.parse({ ...sections, redFlags: warningSigns?.redFlags });
})();

/** Fails unless the element is drawn inside the first 390 x 844 screen, with nothing scrolled. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} has no box`);
  expect(await page.evaluate(() => window.scrollY), 'the page is not scrolled').toBe(0);
  expect(box.y, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} ends within the first screen`).toBeLessThanOrEqual(
    PHONE.height,
  );
}

const JOURNEYS = [
  { name: 'a typical journey', answers: TYPICAL },
  { name: 'a journey with a warning sign', answers: RED_FLAG },
  { name: 'a vegan journey', answers: VEGAN },
] as const;

for (const { name, answers } of JOURNEYS) {
  test(`after ${name}, the first screen of a phone answers the question`, async ({ page }) => {
    // Seven steps through the real questionnaire on a busy machine.
    test.setTimeout(120_000);
    const model = buildResultsModel(answers, assess(answers));
    const glance = model.firstScreen;
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await startQuestionnaire(page);
    await answerQuestionnaire(page, answers);
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused({
      timeout: 15_000,
    });

    // What to do now, a warning sign first when there is one.
    const action = TRIAGE_ADVICE[model.triage.level].action;
    const triage = page.getByRole('heading', { level: 2, name: new RegExp(action) });
    await expectOnFirstScreen(page, triage, 'the triage heading');
    for (const flag of answers.redFlags) {
      await expect(triage).toContainText('Warning sign');
      await expectOnFirstScreen(
        page,
        page
          .getByRole('list', { name: /warning signs you ticked/ })
          .getByText(RED_FLAGS[flag].label),
        `the warning sign ${flag}`,
      );
    }

    const summary = page.getByRole('region', { name: 'Your results in short' });
    expect(glance.factors.length).toBeGreaterThan(0);
    const factors = summary.getByRole('list', { name: 'Could be involved' }).getByRole('listitem');
    await expect(factors).toHaveCount(glance.factors.length);
    for (const factor of glance.factors) {
      const item = factors.filter({ hasText: factor.name });
      await expect(item).toContainText(factor.bandWords);
      if (factor.reason) await expect(item).toContainText(factor.reason);
      await expectOnFirstScreen(page, item, `${factor.name} with its band`);
    }
    for (const group of glance.moreFactors) {
      const line = summary.getByText(`Also ${group.bandWords.toLowerCase()}:`, { exact: false });
      for (const other of group.names) await expect(line).toContainText(other);
      await expectOnFirstScreen(page, line, `the other factors ${group.bandWords}`);
    }

    const tests = summary.getByRole('list', { name: /Blood tests to ask about/ });
    await expect(tests.getByRole('listitem')).toHaveText(glance.tests.map((t) => t.name));
    for (const item of await tests.getByRole('listitem').all()) {
      await expectOnFirstScreen(page, item, `the test ${await item.textContent()}`);
    }

    const foods = summary.getByRole('list', { name: 'Foods to start with' }).getByRole('listitem');
    await expect(foods).toHaveCount(glance.foods.length);
    expect(glance.foods.length).toBeGreaterThanOrEqual(2);
    expect(glance.foods.length).toBeLessThanOrEqual(3);
    for (const [index, food] of glance.foods.entries()) {
      await expect(foods.nth(index)).toContainText(food.name);
      await expectOnFirstScreen(page, foods.nth(index), `the food ${food.name}`);
    }
    if (answers.diet.pattern === 'vegan') {
      // Each food offered is one a vegan eats.
      for (const food of glance.foods) {
        expect(
          FOODS.some((entry) => entry.key === food.key && entry.tags.includes('vegan')),
          food.name,
        ).toBe(true);
      }
    }

    const nav = page.getByRole('navigation', { name: 'Details on this page' });
    const links = nav.getByRole('link');
    const expected = ['Why', 'Foods', 'Tests', 'Other causes', 'Habits', 'Sources'].filter(
      (label) => label !== 'Other causes' || model.otherCauses.length > 0,
    );
    await expect(links).toHaveText(expected);
    for (const link of await links.all()) {
      await expectOnFirstScreen(page, link, `the link ${await link.textContent()}`);
    }

    // When to see a doctor follows at once, and every detail is still in the page.
    await expect(page.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
    await expectNoAxeViolations(page, `first screen after ${name}`);
  });
}

test('each link of the first screen leads to its section, which keeps every detail', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await startQuestionnaire(page);
  await answerQuestionnaire(page, TYPICAL);
  const nav = page.getByRole('navigation', { name: 'Details on this page' });
  const sections = [
    ['Why', 'Why this advice'],
    ['Foods', 'Foods that could help'],
    ['Tests', 'Blood tests to ask about'],
    ['Habits', 'Everyday habits that could help'],
    ['Sources', 'About these results'],
  ] as const;
  for (const [link, heading] of sections) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: heading, exact: true }),
    ).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});
