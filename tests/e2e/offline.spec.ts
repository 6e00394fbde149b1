import { expect, test, type Page } from '@playwright/test';
import { answerQuestionnaire, startQuestionnaire } from './support/questionnaire';
import { answersWith } from '../scoring/fixtures';

// The built app with its service worker: after one visit, LegCheck opens and works with no
// network at all, on any address, and a finished questionnaire can be saved and found again.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A vegetarian in their fifties with mild night cramps for some weeks, no warning signs. */
const ANSWERS = answersWith({
  about: { ageBand: '51-70', sex: 'female' },
  symptoms: { kinds: ['cramps'] },
  timing: { when: ['night'], duration: 'weeks' },
  diet: { pattern: 'vegetarian', fattyFish: 'rarely', redMeat: 'rarely' },
  lifestyle: { sun: 'rarely', sweating: 'moderate' },
});

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
  for (const address of ['/step/about', '/results', '/history']) {
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

  await startQuestionnaire(page);
  await answerQuestionnaire(page, ANSWERS);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/vitamin d/i).first()).toBeVisible();

  // Results are saved on this device as soon as they are shown.
  await expect(page.getByText(/saved on this device only/i)).toBeVisible();
  await page.getByRole('link', { name: /your saved results/i }).click();

  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole('heading', { level: 1, name: /saved results/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /^result from/i })).toHaveCount(1);
});
