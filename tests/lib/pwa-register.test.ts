import { afterEach, expect, test, vi } from 'vitest';

const registerSW = vi.fn(() => async () => undefined);
vi.mock('virtual:pwa-register', () => ({ registerSW }));

afterEach(() => {
  vi.unstubAllEnvs();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  vi.resetModules();
  registerSW.mockClear();
});

function pretendServiceWorkersExist() {
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} });
}

test('development builds never register a service worker', async () => {
  pretendServiceWorkersExist();
  vi.stubEnv('PROD', false);
  const { registerServiceWorker } = await import('../../src/lib/pwa');
  await registerServiceWorker();
  expect(registerSW).not.toHaveBeenCalled();
});

test('browsers without service workers are left alone', async () => {
  vi.stubEnv('PROD', true);
  const { registerServiceWorker } = await import('../../src/lib/pwa');
  await registerServiceWorker();
  expect(registerSW).not.toHaveBeenCalled();
});

test('production builds register the service worker once', async () => {
  pretendServiceWorkersExist();
  vi.stubEnv('PROD', true);
  const { registerServiceWorker } = await import('../../src/lib/pwa');
  vi.useFakeTimers();
  try {
    const both = Promise.all([registerServiceWorker(), registerServiceWorker()]);
    await vi.runAllTimersAsync();
    await both;
  } finally {
    vi.useRealTimers();
  }
  expect(registerSW).toHaveBeenCalledTimes(1);
});

test('the worker registers only a while after the page has loaded, out of its way', async () => {
  vi.useFakeTimers();
  try {
    pretendServiceWorkersExist();
    vi.stubEnv('PROD', true);
    const { registerServiceWorker, REGISTER_DELAY_MS } = await import('../../src/lib/pwa');
    expect(document.readyState).toBe('complete');
    const registered = registerServiceWorker();
    await vi.advanceTimersByTimeAsync(REGISTER_DELAY_MS - 1);
    expect(registerSW).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    await registered;
    expect(registerSW).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
  }
});
