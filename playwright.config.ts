import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';

const isCI = Boolean(process.env.CI);
// PW_PORT and PW_DIST let two runs on one machine use their own port and build folder.
const port = Number(process.env.PW_PORT ?? 4173);
const distDir = process.env.PW_DIST ?? 'dist';
// Debian's Chromium (apt-get install -y chromium) when it is there; set CHROMIUM_PATH to use
// another build, or install Playwright's own browser (npx playwright install chromium).
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI ? [['list']] : [['list']],
  timeout: 60_000,
  outputDir: `test-results/${distDir}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The same locale and time zone on every machine, as in the unit tests (vite.config.ts).
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${distDir} --emptyOutDir && npx vite preview --outDir ${distDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
