import { expect, test, type Page, type Response } from '@playwright/test';
import { pick } from './support/questionnaire';

// The start page is in index.html itself (prerendered at build time), so it shows before any
// script runs; the scripts then take over the same markup. Every other address is served the
// app page, which never shows the start page first.

/** Records elements the page removes, and errors, from before the first script runs. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.defineProperty(window, '__removed', { value: removed });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element) removed.push(node.tagName.toLowerCase());
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    removed: () => page.evaluate(() => [...(Reflect.get(window, '__removed') as string[])]),
  };
}

/**
 * Collects the JavaScript the page loads, as text, until `done()`: that stops listening (so a
 * later navigation cannot cut a body off mid-read) and returns every script's text.
 */
async function collectScripts(page: Page): Promise<{ done: () => Promise<string[]> }> {
  // A route, even one that changes nothing, turns the HTTP cache off: every script is seen.
  await page.route('**/assets/**', (route) => route.continue());
  const bodies: Promise<string>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script' || response.status() !== 200) return;
    bodies.push(response.text());
  };
  page.on('response', onResponse);
  return {
    done: async () => {
      page.off('response', onResponse);
      await page.unrouteAll();
      return Promise.all(bodies);
    },
  };
}

/** Zod's core names its classes with strings like this one; they survive minification. */
const ZOD_MARK = '$ZodType';

/** Waits until React has taken over the page (its root is attached to #root). */
async function appStarted(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.getElementById('root');
        return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
      }),
    )
    .toBe(true);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page, its emergency line and its Start link are in the page itself', async ({
    page,
  }) => {
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
    await expect(page.getByText(/call your local emergency number/i).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the questions' })).toHaveAttribute(
      'href',
      '/step/about',
    );
  });

  test('another address never shows the start page', async ({ page }) => {
    const response = await page.goto('/results');

    expect(response?.status()).toBe(200);
    // The app page: the same head and scripts, and an empty root until the scripts draw the page.
    await expect(page).toHaveTitle(/LegCheck/);
    await expect(page.getByRole('heading')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Start the questions' })).toHaveCount(0);
  });
});

test('the scripts take over the prerendered start page without rebuilding it', async ({ page }) => {
  const { errors, removed } = await watch(page);
  await page.goto('/');
  await appStarted(page);
  await page.waitForLoadState('networkidle');

  // Nothing of the start page was thrown away and drawn again.
  expect(await removed()).toEqual([]);
  await page.evaluate(() => Reflect.set(window, '__samePage', true));
  await page.getByRole('link', { name: 'Start the questions' }).click();

  // A link handled by the app, not a page load: the marker set on this page survives.
  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: /About you/ })).toBeFocused();
  expect(await page.evaluate(() => Reflect.get(window, '__samePage'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a returning person sees Resume on the prerendered start page, with no errors', async ({
  page,
}) => {
  await page.goto('/step/about');
  await pick(page, 'about.ageBand', '31-50');
  const { errors } = await watch(page);

  await page.goto('/');
  await appStarted(page);

  await expect(page.getByRole('link', { name: 'Resume where you left off' })).toHaveAttribute(
    'href',
    '/step/about',
  );
  await expect(page.getByRole('link', { name: 'Start the questions' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('what the start page loads', () => {
  // Every script from the network, not from the service worker's cache.
  test.use({ serviceWorkers: 'block' });

  test('a first visit to the start page loads no zod; a stored draft brings it to check the draft', async ({
    page,
  }) => {
    const firstVisit = await collectScripts(page);
    await page.goto('/');
    await appStarted(page);
    await page.waitForLoadState('networkidle');
    const firstScripts = await firstVisit.done();
    expect(firstScripts.length).toBeGreaterThan(0);
    expect(firstScripts.filter((code) => code.includes(ZOD_MARK))).toHaveLength(0);

    await page.goto('/step/about');
    await pick(page, 'about.ageBand', '31-50');
    const returning = await collectScripts(page);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Resume where you left off' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const returningScripts = await returning.done();
    expect(returningScripts.some((code) => code.includes(ZOD_MARK))).toBe(true);
  });
});
