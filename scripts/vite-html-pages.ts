// Build-time work on the app's HTML, so the first screen paints before any script runs and the
// page carries a Content Security Policy. See docs/decisions/005-prerendered-start-page.md.
//
// `vite build` writes these pages:
// - index.html, the start page ('/'), prerendered: its markup is in the file, so the browser
//   paints it as soon as the HTML arrives; src/main.tsx then hydrates it.
// - app.html, the same page with an empty root, for every other address (/step/timing,
//   /history/...): a person who reloads a step must not see the start page first. The service
//   worker and the preview server answer those navigations with it (see serveAppPage).
// - results/index.html and history/index.html (`pages`): app.html naming every chunk that
//   address needs, for a host that serves a folder's index for its address.
// Every page inlines the app's one stylesheet (a few KB) instead of linking it: a linked
// stylesheet blocks the first paint for one more round trip. The CSP allows it by its hash.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IndexHtmlTransformContext, Plugin, PreviewServer } from 'vite';
import { createServer } from 'vite';

/** The file served for every address except '/'. */
export const APP_PAGE = 'app.html';

/**
 * The Content Security Policy of the built app. Everything comes from the page's own origin:
 * no inline or eval script, no inline style but the hashed ones listed, no third-party host.
 * `frame-ancestors` cannot be set from a meta tag (browsers ignore it there); a host that
 * wants it must send it as a header.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source expression for an inline <style> with exactly this text. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type OutputChunk = Extract<Bundle[string], { type: 'chunk' }>;

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*?\shref="\/([^"]+\.css)"[^>]*>/g;
const EMPTY_ROOT = '<div id="root"></div>';

/** Replaces each linked stylesheet of the bundle with an inline <style>; returns the hashes. */
function inlineStylesheets(
  html: string,
  bundle: Bundle,
): { html: string; hashes: string[]; inlined: string[] } {
  const hashes: string[] = [];
  const inlined: string[] = [];
  const out = html.replace(STYLESHEET_LINK, (tag, fileName: string) => {
    const asset = bundle[fileName];
    if (!asset || asset.type !== 'asset') return tag;
    const css = String(asset.source).trim();
    // A stylesheet containing "</" could end the <style> element early.
    if (css.includes('</')) throw new Error(`${fileName} contains "</" and cannot be inlined`);
    hashes.push(styleHash(css));
    inlined.push(fileName);
    return `<style>${css}</style>`;
  });
  return { html: out, hashes, inlined };
}

/** The chunk of the bundle that `module` (a path from the project root) starts. */
function chunkStartingAt(chunks: OutputChunk[], module: string, root: string): OutputChunk {
  const id = path.resolve(root, module);
  const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
  if (!chunk) throw new Error(`no chunk starts at ${module}: is it imported dynamically?`);
  if (chunk.viteMetadata?.importedCss.size) {
    throw new Error(`${module} brings CSS, which would not be inlined: import it from main.tsx`);
  }
  return chunk;
}

/**
 * The chunks of `modules` and every chunk they import statically, in load order, without the
 * ones in `loaded` (what the page already loads). Fails the build when one is missing or brings CSS.
 */
function chunksFor(
  bundle: Bundle,
  modules: readonly string[],
  root: string,
  loaded: ReadonlySet<string>,
): string[] {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const found: string[] = [];
  const seen = new Set(loaded);
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = chunks.find((candidate) => candidate.fileName === fileName);
    for (const imported of chunk?.imports ?? []) visit(imported);
    found.push(fileName);
  };
  for (const module of modules) visit(chunkStartingAt(chunks, module, root).fileName);
  return found;
}

/** The chunks the entry loads by itself: the entry and its static imports, followed. */
function entryChunks(bundle: Bundle): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    const chunk = bundle[name];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
  };
  const entry = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry);
  if (entry) visit(entry.fileName);
  return found;
}

/** The script files a page's HTML names (src and modulepreload href). */
function scriptsIn(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="\/([^"]+\.js)"/g)].map(
      (match) => match[1] ?? '',
    ),
  );
}

/** `<link rel="modulepreload">` tags for `files`, before `</head>`. */
function withModulePreloads(html: string, files: readonly string[]): string {
  if (!files.length) return html;
  return html.replace(
    '</head>',
    files.map((file) => `  <link rel="modulepreload" crossorigin href="/${file}">\n`).join('') +
      '  </head>',
  );
}

const SCRIPT_TAGS = /<(?:script type="module"|link rel="modulepreload")(?=[\s>])/g;
const LOW = ' fetchpriority="low"';

/**
 * On the prerendered page the scripts do not block the first paint (the markup is there); they
 * only make it interactive. Low fetch priority says so, so the browser (and Lighthouse's model
 * of it) never holds the first paint for them.
 */
function lowerScriptPriority(html: string): string {
  return html.replace(SCRIPT_TAGS, (tag) => `${tag}${LOW}`);
}

/** The app page renders nothing before its scripts run: they keep their normal priority. */
function restoreScriptPriority(html: string): string {
  return html.replaceAll(LOW, '');
}

/** Renders `entry`'s `renderStartPage()` with Vite's module runner (TSX, CSS imports and all). */
async function renderWithVite(root: string, entry: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(entry)) as {
      renderStartPage?: () => Promise<string>;
    };
    if (typeof module.renderStartPage !== 'function') {
      throw new Error(`${entry} must export renderStartPage()`);
    }
    return await module.renderStartPage();
  } finally {
    await server.close();
  }
}

/** Problems that would make a built page break its own Content Security Policy. */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1];
  if (!policy) problems.push('no Content Security Policy meta tag');
  if (/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push('an inline <script>');
  if (/\sstyle\s*=/i.test(html)) problems.push('a style attribute');
  if (/\son[a-z]+\s*=/i.test(html)) problems.push('an inline event handler');
  for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/gi)) {
    if (!policy?.includes(`'${styleHash(match[1] ?? '')}'`)) {
      problems.push('an inline <style> whose hash the policy does not list');
    }
  }
  return problems;
}

/**
 * The build's HTML pages: inlines the entry CSS, adds the CSP and referrer policy, prerenders
 * the start page into index.html and writes app.html for every other address. Build only:
 * Vite's dev server injects inline scripts for hot reload, which this policy would block.
 */
export function htmlPages({
  prerenderEntry,
  eagerModules = [],
  pages = {},
}: {
  /** The module (from the project root) whose renderStartPage() gives the start page's markup. */
  prerenderEntry: string;
  /**
   * Modules the entry imports dynamically as soon as it runs (src/main.tsx starts the app in
   * steps): their chunks get <link rel="modulepreload"> so they download with the entry instead
   * of after it. They must bring no CSS of their own (it would not be inlined).
   */
  eagerModules?: readonly string[];
  /**
   * Addresses that get a copy of the app page of their own (`/results` -> results/index.html,
   * which static hosts serve for that address), naming every chunk the page needs before it can
   * paint: the modules listed, and what they import. Without it the browser learns of the page's
   * chunks only once React has loaded and run, a chain of round trips on a slow network.
   */
  pages?: Readonly<Record<string, readonly string[]>>;
}): Plugin {
  let root = process.cwd();
  let prerendered: string | undefined;
  return {
    name: 'legcheck:html-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) throw new Error('legcheck:html-pages runs in builds only');
        if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset="UTF-8" />');
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html needs an empty ${EMPTY_ROOT}`);
        const preloads = chunksFor(ctx.bundle, eagerModules, root, entryChunks(ctx.bundle));
        const withPreloads = withModulePreloads(html, preloads);
        const {
          html: inlined,
          hashes,
          inlined: files,
        } = inlineStylesheets(withPreloads, ctx.bundle);
        // Nothing else loads the inlined files: leave them out of the build.
        for (const file of files) Reflect.deleteProperty(ctx.bundle, file);
        const page = inlined.replace(
          CHARSET,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />` +
            '\n    <meta name="referrer" content="no-referrer" />',
        );
        const markup = await renderWithVite(root, prerenderEntry);
        if (!markup.trim()) throw new Error(`${prerenderEntry} rendered nothing`);
        prerendered = `<div id="root">${markup}</div>`;
        return lowerScriptPriority(page.replace(EMPTY_ROOT, prerendered));
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // From the finished index.html (other plugins add to it too, e.g. the manifest link),
        // with the start page's markup taken out again.
        const index = bundle['index.html'];
        const html = index?.type === 'asset' ? String(index.source) : '';
        if (!prerendered || !html.includes(prerendered)) {
          this.error('index.html does not hold the prerendered start page');
        }
        const source = restoreScriptPriority(html.replace(prerendered, EMPTY_ROOT));
        this.emitFile({ type: 'asset', fileName: APP_PAGE, source });
        for (const [address, modules] of Object.entries(pages)) {
          const preloads = chunksFor(bundle, modules, root, scriptsIn(source));
          if (!preloads.length) this.error(`${address}: its page would be the app page itself`);
          const fileName = pageFileFor(address);
          this.emitFile({ type: 'asset', fileName, source: withModulePreloads(source, preloads) });
        }
      },
    },
    writeBundle(_options, bundle) {
      for (const name of ['index.html', APP_PAGE, ...Object.keys(pages).map(pageFileFor)]) {
        const page = bundle[name];
        if (!page || page.type !== 'asset') this.error(`the build has no ${name}`);
        for (const problem of cspProblems(String(page.source))) {
          this.error(`${name} has ${problem}, which the Content Security Policy blocks`);
        }
      }
    },
  };
}

/** The file of an address's own page: '/results' -> 'results/index.html'. */
export function pageFileFor(address: string): string {
  if (!/^\/[a-z0-9-]+$/.test(address))
    throw new Error(`${address}: one lower-case segment, please`);
  return `${address.slice(1)}/index.html`;
}

/** Whether a request is a page navigation that the app page should answer (not '/', not a file). */
export function wantsAppPage(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = (url ?? '/').split(/[?#]/)[0] ?? '/';
  if (path === '/' || path === '/index.html') return false;
  // A last segment with a dot is a file (/sw.js, /assets/x.css, /favicon.svg).
  return !/\.[a-z0-9]+$/i.test(path);
}

/**
 * The built page that answers a navigation to `url`: the address's own page when the build has
 * one (`/results` or `/results/` -> results/index.html, as a static host serves a folder's
 * index), else the app page. `hasFile` says whether the build holds a file.
 */
export function appPageFor(url: string | undefined, hasFile: (file: string) => boolean): string {
  const address = ((url ?? '/').split(/[?#]/)[0] ?? '/').replace(/(.)\/+$/, '$1');
  if (/^\/[a-z0-9-]+$/.test(address) && hasFile(pageFileFor(address))) return pageFileFor(address);
  return APP_PAGE;
}

/**
 * `vite preview` answers unknown addresses with index.html; the built app wants app.html there
 * (index.html holds the prerendered start page), or the address's own page (see `pages` above).
 * Mirrors what a static host does with the build's folders.
 */
export function serveAppPage(): Plugin {
  return {
    name: 'legcheck:serve-app-page',
    configurePreviewServer(server: PreviewServer) {
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      const hasFile = (file: string) => fs.existsSync(path.join(dist, file));
      server.middlewares.use((req, _res, next) => {
        if (wantsAppPage(req.method, req.url)) req.url = `/${appPageFor(req.url, hasFile)}`;
        next();
      });
    },
  };
}
