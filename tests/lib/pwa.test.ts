import { afterEach, expect, test, vi } from 'vitest';
import {
  createPwaUpdates,
  UPDATE_CHECK_INTERVAL_MS,
  type RegisterServiceWorker,
} from '../../src/lib/pwa';

type Options = Parameters<RegisterServiceWorker>[0];

/** A stand-in for vite-plugin-pwa's registerSW that records what the store asked of it. */
function fakeServiceWorker() {
  const calls: Options[] = [];
  const reload = vi.fn();
  const updateServiceWorker = vi.fn(async (_reloadPage?: boolean) => undefined);
  const register = vi.fn<RegisterServiceWorker>((options) => {
    calls.push(options);
    return updateServiceWorker;
  });
  const updates = createPwaUpdates(async () => register, reload);
  const options = () => {
    const last = calls.at(-1);
    if (!last) throw new Error('the service worker was not registered');
    return last;
  };
  return { updates, register, updateServiceWorker, options, reload };
}

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

/** jsdom has no service worker container; an event target is all the store listens to. */
function pretendServiceWorkerContainer() {
  const container = new EventTarget();
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  return container;
}

test('nothing is waiting before the service worker reports anything', () => {
  const { updates, register } = fakeServiceWorker();
  expect(updates.getStatus()).toEqual({ updateReady: false, offlineReady: false });
  expect(register).not.toHaveBeenCalled();
});

test('the service worker is registered once however often the app starts it', async () => {
  const { updates, register } = fakeServiceWorker();
  await Promise.all([updates.start(), updates.start()]);
  await updates.start();
  expect(register).toHaveBeenCalledTimes(1);
});

test('a waiting update is reported to every subscriber until it unsubscribes', async () => {
  const { updates, options } = fakeServiceWorker();
  const first = vi.fn();
  const second = vi.fn();
  updates.subscribe(first);
  const unsubscribeSecond = updates.subscribe(second);
  await updates.start();

  options().onNeedRefresh?.();
  expect(updates.getStatus().updateReady).toBe(true);
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).toHaveBeenCalledTimes(1);

  unsubscribeSecond();
  options().onOfflineReady?.();
  expect(updates.getStatus()).toEqual({ updateReady: true, offlineReady: true });
  expect(first).toHaveBeenCalledTimes(2);
  expect(second).toHaveBeenCalledTimes(1);
});

test('the status object only changes when something happened', async () => {
  const { updates, options } = fakeServiceWorker();
  const before = updates.getStatus();
  expect(updates.getStatus()).toBe(before);
  await updates.start();
  options().onNeedRefresh?.();
  expect(updates.getStatus()).not.toBe(before);
});

test('applying the update asks the waiting worker to take over and reload', async () => {
  const { updates, updateServiceWorker } = fakeServiceWorker();
  await updates.start();
  await updates.applyUpdate();
  expect(updateServiceWorker).toHaveBeenCalledWith(true);
});

test('applying an update before registration finished waits for it', async () => {
  const { updates, updateServiceWorker } = fakeServiceWorker();
  const starting = updates.start();
  const applying = updates.applyUpdate();
  await Promise.all([starting, applying]);
  expect(updateServiceWorker).toHaveBeenCalledTimes(1);
});

test('dismissing hides the update without applying it', async () => {
  const { updates, options, updateServiceWorker } = fakeServiceWorker();
  await updates.start();
  options().onNeedRefresh?.();
  updates.dismiss();
  expect(updates.getStatus().updateReady).toBe(false);
  expect(updateServiceWorker).not.toHaveBeenCalled();
});

test('an open tab checks for a new version every hour while online', async () => {
  vi.useFakeTimers();
  const { updates, options } = fakeServiceWorker();
  await updates.start();
  const update = vi.fn(async () => undefined);
  const registration = { installing: null, update } as unknown as ServiceWorkerRegistration;
  options().onRegisteredSW?.('/sw.js', registration);

  vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
  expect(update).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(update).toHaveBeenCalledTimes(1);

  const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
  expect(update).toHaveBeenCalledTimes(1);
  onLine.mockRestore();
});

test('the page reloads once when the new worker takes control after the person agreed', async () => {
  const container = pretendServiceWorkerContainer();
  const { updates, options, reload } = fakeServiceWorker();
  await updates.start();
  options().onNeedRefresh?.();

  await updates.applyUpdate();
  expect(reload).not.toHaveBeenCalled();
  container.dispatchEvent(new Event('controllerchange'));
  options().onNeedReload?.();
  expect(reload).toHaveBeenCalledTimes(1);
});

test('a new worker taking control without the person agreeing does not reload the page', async () => {
  const container = pretendServiceWorkerContainer();
  const { updates, reload } = fakeServiceWorker();
  await updates.start();
  container.dispatchEvent(new Event('controllerchange'));
  expect(reload).not.toHaveBeenCalled();
});
