// src/lib/page-heading.ts: focus and title after a route change.
import { afterEach, expect, test } from 'vitest';
import { announcePage, pageTitle } from '../../src/lib/page-heading';

afterEach(() => {
  document.body.replaceChildren();
});

function makeRoot(html: string): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

test('page titles add the app name once', () => {
  expect(pageTitle('Step 2 of 7: Symptoms')).toBe('Step 2 of 7: Symptoms – LegCheck');
  expect(pageTitle('  LegCheck:\n leg pain ')).toBe('LegCheck: leg pain');
  expect(pageTitle('')).toBe('LegCheck');
});

test('the heading gets focus and the title, and stays out of the Tab order', () => {
  const root = makeRoot('<h1>Your results</h1>');

  announcePage(root, true);

  const heading = root.querySelector('h1');
  expect(heading).toHaveFocus();
  expect(heading).toHaveAttribute('tabindex', '-1');
  expect(document.title).toBe('Your results – LegCheck');
});

test('without focus it only sets the title', () => {
  const root = makeRoot('<h1>Saved results</h1>');

  announcePage(root, false);

  expect(root.querySelector('h1')).not.toHaveFocus();
  expect(document.title).toBe('Saved results – LegCheck');
});

test('a heading that appears later (a lazy page) is focused when it appears', async () => {
  const root = makeRoot('<p>Loading…</p>');
  announcePage(root, true);

  const heading = document.createElement('h1');
  heading.textContent = 'History';
  root.append(heading);

  await expect.poll(() => document.activeElement).toBe(heading);
});

test('a hidden previous page is skipped until the new page shows', async () => {
  const root = makeRoot('<div style="display: none"><h1>Old page</h1></div><p>Loading…</p>');
  announcePage(root, true);
  expect(document.title).not.toBe('Old page – LegCheck');

  const fresh = document.createElement('h1');
  fresh.textContent = 'New page';
  root.append(fresh);

  await expect.poll(() => document.activeElement).toBe(fresh);
  expect(document.title).toBe('New page – LegCheck');
});

test('stopping before the heading appears leaves focus alone', async () => {
  const root = makeRoot('');
  const stop = announcePage(root, true);
  stop();

  const heading = document.createElement('h1');
  root.append(heading);
  await new Promise((resolve) => setTimeout(resolve, 20));

  expect(heading).not.toHaveFocus();
});
