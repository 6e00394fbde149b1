import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The Content Security Policy of the built app. Everything comes from the page's own origin:
 * no inline or eval script, no inline <style>, no third-party host. `frame-ancestors` cannot be
 * set from a meta tag (browsers ignore it there); a host that wants it must send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const THEME_COLOR = '#1f5f7a';

/**
 * Adds the CSP and referrer policy to the built index.html only (Vite's dev server injects
 * inline scripts for hot reload, which this policy would block), and fails the build when the
 * built page would need anything the policy forbids: an inline script or style, or a style attribute.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'legcheck:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="UTF-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" />');
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />` +
            '\n    <meta name="referrer" content="no-referrer" />',
        );
      },
    },
    writeBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      const html = String(page.source);
      const problems = [
        [/<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
        [/<style\b/i, 'an inline <style>'],
        [/\sstyle\s*=/i, 'a style attribute'],
        [/\son[a-z]+\s*=/i, 'an inline event handler'],
      ] as const;
      for (const [pattern, what] of problems) {
        if (pattern.test(html)) {
          this.error(`index.html has ${what}, which the Content Security Policy blocks`);
        }
      }
    },
  };
}

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
        // Every route is the one page: /step/3, /results and /history load offline too.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so lazy chunks come from the cache even
        // before the first reload. Updates still wait for the person (registerType 'prompt').
        clientsClaim: true,
      },
    }),
    contentSecurityPolicy(),
    zodWithoutEval(),
  ],
  build: {
    target: 'es2022',
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
    benchmark: {
      include: ['tests/**/*.bench.ts'],
    },
  },
});
