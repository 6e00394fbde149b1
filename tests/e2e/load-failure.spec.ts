import { expect, test } from '@playwright/test';

// When part of LegCheck's code does not arrive (offline before the app was kept for offline use,
// or a chunk gone after an update), the person is told so and offered a reload: never a blank page.

// No service worker, so the blocked chunks cannot come from its cache. Chunks are named after
// their first module (src/app/App.tsx, src/app/routes/ResultsRoute.tsx) plus a content hash.
test.use({ serviceWorkers: 'block' });

test('a page whose code cannot load says so and offers Reload', async ({ page, context }) => {
  await context.route(/\/assets\/ResultsRoute-[^/]+\.js$/, (route) => route.abort());

  await page.goto('/results');

  await expect(
    page.getByRole('heading', { level: 1, name: 'This page could not load' }),
  ).toBeVisible();
  await expect(page.getByText(/your answers are safe on this device/i)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The frame still offers the way to the warning signs.
  await expect(page.getByRole('link', { name: 'Check the warning signs' })).toBeVisible();
});

test('when the app itself cannot load, an empty page says so', async ({ page, context }) => {
  await context.route(/\/assets\/App-[^/]+\.js$/, (route) => route.abort());

  await page.goto('/history');

  await expect(page.getByRole('alert')).toHaveText(/LegCheck could not load/);
});

test('when the app cannot load on the start page, the prerendered page stays usable', async ({
  page,
  context,
}) => {
  await context.route(/\/assets\/App-[^/]+\.js$/, (route) => route.abort());

  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();

  // A plain link: the browser loads /step/about (whose code is then blocked too, so it says so).
  await expect(page).toHaveURL(/\/step\/about$/);
  await expect(page.getByRole('alert')).toHaveText(/LegCheck could not load/);
});
