// A reload of the results or history page asks only for scripts its own HTML names, so they all
// start together as the page arrives (decision 005, fourth round). A script found only once
// another has run costs a round trip more on a slow network: on the results page that chain
// was most of the time before the first paint. A new lazy import on the way to the first paint
// fails here, with its name.
import fs from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seedStorage } from './support/questionnaire';

const DRAFT_TEXT = fs.readFileSync(
  new URL('../fixtures/finished-draft.json', import.meta.url),
  'utf8',
);

// The service worker's registration code loads on purpose after the page has loaded and a
// moment has passed (src/lib/pwa.ts): it is never on the way to the first paint.
const AFTER_LOAD = /\/assets\/(?:virtual_pwa-register|workbox-window)[^/]*\.js$/;

/** Records the script requests of the next navigation. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/**
 * The scripts the page's HTML, as served, names: its entry and its module preloads. (Not the
 * live document: Vite's loader adds preload links for each lazy chunk as it goes.)
 */
function namedIn(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+\.js)"/g)].map(
      (match) => new URL(match[1] ?? '', 'http://page/').pathname,
    ),
  );
}

for (const { address, heading } of [
  { address: '/results', heading: 'Your results' },
  { address: '/history', heading: 'Your saved results' },
]) {
  test(`a reload of ${address} asks only for the scripts its HTML names`, async ({ page }) => {
    await seedStorage(page, 'legcheck-draft', DRAFT_TEXT);
    const requested = scriptRequests(page);
    const response = await page.goto(address);
    const named = namedIn((await response?.text()) ?? '');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
      timeout: 15_000,
    });
    const unnamed = requested.filter((path) => !named.has(path) && !AFTER_LOAD.test(path));
    expect(unnamed).toEqual([]);
    // And the page's own chunks are among them, not only the entry.
    expect(named.size).toBeGreaterThan(6);
  });
}

// The results view and its knowledge (the largest chunk after React) load only where they are
// shown: not on a step of the questionnaire, not for the start page's "saved results" line.
const RESULTS_CHUNK = /\/assets\/results-[^/]*\.js$/;

test('a step of the questionnaire does not load the results view', async ({ page }) => {
  await seedStorage(page, 'legcheck-draft', DRAFT_TEXT);
  const requested = scriptRequests(page);
  await page.goto('/step/diet');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Diet');
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  expect(requested.filter((path) => RESULTS_CHUNK.test(path))).toEqual([]);
});

test('the start page with saved results shows them without loading the results view', async ({
  page,
}) => {
  const history = fs.readFileSync(
    new URL('../fixtures/records/history-v3.json', import.meta.url),
    'utf8',
  );
  await seedStorage(page, 'legcheck-history', history);
  const requested = scriptRequests(page);
  await page.goto('/');
  await expect(page.getByText(/Saved results on this device: \d+/)).toBeVisible();
  expect(requested.filter((path) => RESULTS_CHUNK.test(path))).toEqual([]);
});
