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
  await registerServiceWorker();
  await registerServiceWorker();
  expect(registerSW).toHaveBeenCalledTimes(1);
});
