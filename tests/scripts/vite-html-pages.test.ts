import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  appPageFor,
  cspProblems,
  pageFileFor,
  styleHash,
  wantsAppPage,
} from '../../scripts/vite-html-pages';

const css = 'body{margin:0}';

function page(head: string, body = '<div id="root"></div>'): string {
  return `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body>${body}</body></html>`;
}

function withPolicy(hashes: string[], rest = ''): string {
  return page(
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />${rest}`,
  );
}

test('the policy allows only the page itself, plus the listed inline styles', () => {
  const policy = contentSecurityPolicy([styleHash(css)]);

  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  expect(policy).toContain(`style-src 'self' '${styleHash(css)}'`);
  expect(contentSecurityPolicy()).toContain("style-src 'self';");
});

test('a style hash is the base64 SHA-256 of the exact text, as browsers compute it', () => {
  const expected = createHash('sha256').update(css).digest('base64');

  expect(styleHash(css)).toBe(`sha256-${expected}`);
  expect(styleHash(`${css} `)).not.toBe(styleHash(css));
});

test('a page that keeps its own policy has no problems', () => {
  const html = withPolicy(
    [styleHash(css)],
    `<style>${css}</style><script type="module" src="/assets/a.js"></script>`,
  );

  expect(cspProblems(html)).toEqual([]);
});

test.each([
  ['no policy at all', page('<script type="module" src="/a.js"></script>'), 'no Content Security'],
  ['an inline script', withPolicy([], '<script>alert(1)</script>'), 'inline <script>'],
  ['a style attribute', page('', '<div style="color:red"></div>'), 'style attribute'],
  ['an inline handler', page('', '<button onclick="go()">Go</button>'), 'event handler'],
  ['an unlisted inline style', withPolicy([], `<style>${css}</style>`), 'hash the policy'],
  [
    'an inline style changed after hashing',
    withPolicy([styleHash(css)], `<style>${css}p{}</style>`),
    'hash the policy',
  ],
])('a page with %s is refused', (_, html, problem) => {
  expect(cspProblems(html).join('; ')).toContain(problem);
});

test('every address but the start page and files is answered with the app page', () => {
  for (const url of ['/step/3', '/results', '/history', '/history/abc/print', '/nowhere?x=1']) {
    expect(wantsAppPage('GET', url)).toBe(true);
  }
  for (const url of [
    '/',
    '/?utm=x',
    '/index.html',
    '/sw.js',
    '/assets/index-1.js',
    '/a.webmanifest',
  ]) {
    expect(wantsAppPage('GET', url)).toBe(false);
  }
  expect(wantsAppPage('POST', '/results')).toBe(false);
  expect(wantsAppPage('HEAD', '/results')).toBe(true);
});

test('an address with a page of its own is answered with it, any other with the app page', () => {
  const built = new Set(['results/index.html']);
  const hasFile = (file: string) => built.has(file);
  expect(appPageFor('/results', hasFile)).toBe('results/index.html');
  expect(appPageFor('/results/', hasFile)).toBe('results/index.html');
  expect(appPageFor('/results?x=1#top', hasFile)).toBe('results/index.html');
  for (const url of ['/history', '/results/abc', '/step/3', '/%2E%2E', '/Results', undefined]) {
    expect(appPageFor(url, hasFile)).toBe('app.html');
  }
});

test("an address's own page is the index of a folder named after it", () => {
  expect(pageFileFor('/results')).toBe('results/index.html');
  expect(() => pageFileFor('/history/a')).toThrow();
  expect(() => pageFileFor('results')).toThrow();
});
