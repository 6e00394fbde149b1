import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// vite.config.ts pins the locale and time zone for the worker processes. Should that ever stop
// working (another pool, a changed Node), every date test would fail in a puzzling way on some
// machines only: say so plainly here instead.
const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions();
if (locale !== 'en-US' || timeZone !== 'UTC') {
  throw new Error(
    `Tests run in en-US and UTC (vite.config.ts test.env), but this worker has ${locale} and ${timeZone}.`,
  );
}

// `findBy…` and `waitFor` wait for an outcome, never for a time; this is only how long they go on
// looking before they give up. One second (the default) is too short on a 2-core CI machine that
// is also building: a lazily loaded page then took 4 s to appear in a run with the load at 14.
configure({ asyncUtilTimeout: 10_000 });

// A React warning or any other console.error fails the test unless the test expects it
// (by mocking console.error itself).
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
