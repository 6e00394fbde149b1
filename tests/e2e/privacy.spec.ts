import { expect, test, type Page } from '@playwright/test';
import { ANSWER_LABELS, NONE_OF_THESE_OPTION } from '../../src/knowledge/answer-labels';

// Nothing a person does in LegCheck sends a request anywhere but LegCheck's own origin, and the
// built page runs under its Content Security Policy without a single violation.

type Field = keyof typeof ANSWER_LABELS;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`, 'i');

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

  await page.getByRole('link', { name: /start the questions/i }).click();
  await answer(page, 'about.ageBand', '31-50');
  await answer(page, 'about.sex', 'male');
  await next(page);
  await answer(page, 'symptoms.kinds', 'cramps');
  await answer(page, 'symptoms.kinds', 'tingling');
  await answer(page, 'symptoms.legs', 'both');
  await answer(page, 'symptoms.severity', 'moderate');
  await next(page);
  await answer(page, 'timing.when', 'night');
  await answer(page, 'timing.duration', 'months');
  await answer(page, 'timing.onset', 'gradual');
  await next(page);
  await answer(page, 'diet.pattern', 'vegan');
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
    await answer(page, group, 'rarely');
  }
  await answer(page, 'diet.water', 'under-4-glasses');
  await answer(page, 'diet.alcohol', 'moderate');
  await next(page);
  await answer(page, 'lifestyle.sun', 'rarely');
  await answer(page, 'lifestyle.sweating', 'heavy');
  await answer(page, 'lifestyle.supplements', 'multivitamin');
  await next(page);
  await answer(page, 'health.medications', 'acid-reducer');
  await next(page);
  await page.getByRole('checkbox', { name: startsWith(NONE_OF_THESE_OPTION.label) }).check();
  await page.getByRole('button', { name: /see my results/i }).click();

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
