import { expect, test, type Page } from '@playwright/test';
import { ANSWER_LABELS, NONE_OF_THESE_OPTION } from '../../src/knowledge/answer-labels';

// The built app with its service worker: after one visit, LegCheck opens and works with no
// network at all, on any address, and a finished questionnaire can be saved and found again.

type Field = keyof typeof ANSWER_LABELS;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`, 'i');

/** Ticks or picks one option of one question, found by the question's and the option's words. */
async function answer(page: Page, field: Field, value: string) {
  const labels: { question: string; options: Record<string, { label: string }> } =
    ANSWER_LABELS[field];
  const option = labels.options[value];
  if (!option) throw new Error(`${field} has no option ${value}`);
  // Radio groups are fieldsets with role radiogroup; checkbox groups are plain fieldsets.
  const question = startsWith(labels.question);
  const group = page
    .getByRole('radiogroup', { name: question })
    .or(page.getByRole('group', { name: question }));
  const name = startsWith(option.label);
  await group.getByRole('radio', { name }).or(group.getByRole('checkbox', { name })).check();
}

async function next(page: Page) {
  await page.getByRole('button', { name: /^(next|continue)/i }).click();
}

/** Answers all seven steps from the start page, ending on the results. */
async function completeQuestionnaire(page: Page) {
  await page.getByRole('link', { name: /start the questions/i }).click();

  await expect(page.getByRole('heading', { level: 1, name: /about you/i })).toBeVisible();
  await answer(page, 'about.ageBand', '51-70');
  await answer(page, 'about.sex', 'female');
  await answer(page, 'about.pregnant', 'false');
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /symptoms/i })).toBeVisible();
  await answer(page, 'symptoms.kinds', 'cramps');
  await answer(page, 'symptoms.legs', 'both');
  await answer(page, 'symptoms.severity', 'mild');
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /timing/i })).toBeVisible();
  await answer(page, 'timing.when', 'night');
  await answer(page, 'timing.duration', 'weeks');
  await answer(page, 'timing.onset', 'gradual');
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /diet/i })).toBeVisible();
  await answer(page, 'diet.pattern', 'vegetarian');
  for (const group of [
    'diet.dairy',
    'diet.fattyFish',
    'diet.redMeat',
    'diet.eggs',
    'diet.leafyGreens',
    'diet.nutsSeeds',
    'diet.wholeGrains',
    'diet.legumes',
    'diet.fortifiedFoods',
  ] as const) {
    await answer(
      page,
      group,
      group === 'diet.fattyFish' || group === 'diet.redMeat' ? 'rarely' : 'weekly',
    );
  }
  await answer(page, 'diet.water', '4-7-glasses');
  await answer(page, 'diet.alcohol', 'none');
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /lifestyle/i })).toBeVisible();
  await answer(page, 'lifestyle.sun', 'rarely');
  await answer(page, 'lifestyle.sweating', 'moderate');
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /health/i })).toBeVisible();
  await next(page);

  await expect(page.getByRole('heading', { level: 1, name: /warning signs/i })).toBeVisible();
  await page.getByRole('checkbox', { name: startsWith(NONE_OF_THESE_OPTION.label) }).check();
  await page.getByRole('button', { name: /see my results/i }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/vitamin d/i).first()).toBeVisible();
}

/** Opens the app once online and waits until its service worker controls the page. */
async function installApp(page: Page) {
  await page.goto('/');
  // The first worker claims the open page (clientsClaim), so no reload is needed before this.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker took control (registerServiceWorker() runs in src/main.tsx)',
      timeout: 20_000,
    })
    .toBe(true);
}

test('person can open LegCheck on any address without a network after one visit', async ({
  page,
  context,
}) => {
  await installApp(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const address of ['/step/1', '/results', '/history']) {
    await page.goto(address);
    await expect(page).toHaveURL(new RegExp(`${escape(address)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('person can answer, see results, save them and find them in history while offline', async ({
  page,
  context,
}) => {
  await installApp(page);
  await context.setOffline(true);
  await page.reload();

  await completeQuestionnaire(page);

  // Results are saved on this device as soon as they are shown.
  await expect(page.getByText(/saved on this device only/i)).toBeVisible();
  await page.getByRole('link', { name: /your saved results/i }).click();

  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole('heading', { level: 1, name: /saved results/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /^result from/i })).toHaveCount(1);
});
