import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { awaitedChunks, codeSplitting } from './scripts/chunk-groups.ts';
import { APP_PAGE, htmlPages, serveAppPage } from './scripts/vite-html-pages.ts';

const THEME_COLOR = '#1f5f7a';

/**
 * Starts zod in "jitless" mode in the built app. zod 4 probes `new Function` once to speed up
 * object parsing; under the CSP (no 'unsafe-eval') the probe is refused and reported as a
 * policy violation, though zod catches it and parses without code generation. The probe runs
 * when the first object schema is defined, which can be before any app code that could call
 * `z.config({ jitless: true })` (chunks run in dependency order), so the default itself changes.
 */
function zodWithoutEval(): Plugin {
  const defaultConfig = '(_a.__zod_globalConfig = {})';
  return {
    name: 'legcheck:zod-without-eval',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
      if (!code.includes(defaultConfig)) {
        this.error('zod changed how it keeps its global config: update zodWithoutEval()');
      }
      return code.replace(defaultConfig, '(_a.__zod_globalConfig = { jitless: true })');
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // src/lib/pwa.ts registers the worker itself (lazily, production only): no script injected.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        name: 'LegCheck: leg pain and nutrition check',
        short_name: 'LegCheck',
        description:
          'A private questionnaire about leg pain, cramps and tingling that suggests which nutrient shortfalls could be involved and what to ask a doctor. Answers never leave your device.',
        lang: 'en',
        dir: 'ltr',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        id: '/',
        categories: ['health', 'medical'],
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Precache the whole app, lazy chunks included, so every screen works offline. The icons
        // and the manifest join the precache through includeAssets and the manifest's icons.
        globPatterns: ['**/*.{js,css,html}'],
        // '/' is the prerendered start page (index.html, matched by the precache itself); every
        // other address (/step/3, /results, /history/...) gets the app page, offline too.
        navigateFallback: `/${APP_PAGE}`,
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so lazy chunks come from the cache even
        // before the first reload. Updates still wait for the person (registerType 'prompt').
        clientsClaim: true,
      },
    }),
    htmlPages({
      prerenderEntry: '/src/prerender.tsx',
      // src/main.tsx imports this at once, a task after React: download it with the entry.
      eagerModules: ['src/app/App.tsx'],
      // A reload of these addresses names all their chunks in its HTML (see scripts/chunk-groups.ts).
      pages: {
        '/results': [
          'src/app/routes/ResultsRoute.tsx',
          // The draft store loads its schema as soon as it reads the saved answers.
          'src/features/wizard/draft-validation.ts',
        ],
        '/history': ['src/app/routes/HistoryRoute.tsx', 'src/features/wizard/draft-validation.ts'],
      },
    }),
    serveAppPage(),
    zodWithoutEval(),
    awaitedChunks(),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs this build supports <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    // One stylesheet for the whole app (about 5 KiB gzipped), inlined into every page by
    // htmlPages: no page waits for a stylesheet request before it can show its content.
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting } },
    sourcemap: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A cap, not a wait: a test ends as soon as its outcome is there. The default 5 s is less than
    // one lazily loaded page took on this 2-core machine under load (see tests/setup.ts).
    testTimeout: 30_000,
    // Dates on the history pages are written in the person's locale and time zone: pin both, so
    // the tests read the same on every machine (tests/setup.ts checks they took effect). Node
    // reads its default locale once at start-up, so these go into the environment each worker
    // process is started with; 'forks' (not 'threads', which share the parent's locale) does that.
    pool: 'forks',
    env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', TZ: 'UTC' },
    benchmark: {
      include: ['tests/**/*.bench.ts'],
    },
  },
});
