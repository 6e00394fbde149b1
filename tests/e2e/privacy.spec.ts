import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../../src/scoring';
import { answersWith, VEGAN_DIET } from '../scoring/fixtures';
import { answerQuestionnaire, startQuestionnaire } from './support/questionnaire';

// Nothing a person does in LegCheck sends a request anywhere but LegCheck's own origin, and the
// built page runs under its Content Security Policy without a single violation.

/** A vegan man on an acid reducer, with cramps and tingling for months, no warning signs. */
const ANSWERS: Answers = answersWith({
  symptoms: { kinds: ['cramps', 'tingling'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  diet: {
    ...VEGAN_DIET,
    leafyGreens: 'rarely',
    nutsSeeds: 'rarely',
    wholeGrains: 'rarely',
    legumes: 'rarely',
    fortifiedFoods: 'rarely',
    water: 'under-4-glasses',
    alcohol: 'moderate',
  },
  lifestyle: { sun: 'rarely', sweating: 'heavy', supplements: ['multivitamin'] },
  health: { medications: ['acid-reducer'] },
});

/** Records CSP violations (the DOM event) and console errors from before the first script runs. */
async function watchForViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return {
    consoleErrors,
    violations: () =>
      page.evaluate(() => {
        const seen: unknown = Reflect.get(window, '__cspViolations');
        return Array.isArray(seen) ? seen.map(String) : ['the violation listener did not run'];
      }),
  };
}

test('every request of a whole journey goes to LegCheck itself, under the CSP', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const requests: string[] = [];
  // The context also sees the service worker's own requests (precaching).
  context.on('request', (request) => requests.push(request.url()));
  const { consoleErrors, violations } = await watchForViolations(page);

  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

  await startQuestionnaire(page);
  await answerQuestionnaire(page, ANSWERS);
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText(/vitamin b12/i).first()).toBeVisible();
  await expect(page.getByText(/saved on this device only/i)).toBeVisible();
  await page.getByRole('link', { name: /your saved results/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /saved results/i })).toBeVisible();
  await page.getByRole('link', { name: /^result from/i }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const elsewhere = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the CSP really blocks what it promises to block', async ({ page, context }) => {
  // Should the policy fail, the call below still goes nowhere: .invalid never resolves, and
  // the route stops it before any network.
  await context.route(/\.invalid\//, (route) => route.abort());
  const { violations } = await watchForViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // An injected inline script and a call to another origin are refused by the policy.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  const reached = await page.evaluate(() =>
    fetch('https://tracker.invalid/collect').then(
      () => true,
      () => false,
    ),
  );
  expect(reached).toBe(false);
  expect(await page.evaluate(() => Reflect.get(window, 'inlineRan') ?? false)).toBe(false);
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src/),
        expect.stringMatching(/^connect-src blocked https:\/\/tracker\.invalid/),
      ]),
    );
});
