/// <reference types="vite-plugin-pwa/vanillajs" />
import type { RegisterSWOptions } from 'virtual:pwa-register';

/** What the page knows about its service worker: an update waiting, or the app cached for offline. */
export type PwaStatus = { readonly updateReady: boolean; readonly offlineReady: boolean };

/** The shape of vite-plugin-pwa's `registerSW`: it returns the function that applies an update. */
export type RegisterServiceWorker = (
  options: RegisterSWOptions,
) => (reloadPage?: boolean) => Promise<void>;

/** A tiny external store around the service worker, for `useSyncExternalStore`. */
export type PwaUpdates = {
  /** Registers the worker once; later calls return the same promise. */
  readonly start: () => Promise<void>;
  readonly subscribe: (listener: () => void) => () => void;
  readonly getStatus: () => PwaStatus;
  /** Activates the waiting worker; the page reloads when it takes control. */
  readonly applyUpdate: () => Promise<void>;
  /** Hides the prompt; the update still applies the next time every LegCheck tab is closed. */
  readonly dismiss: () => void;
};

/** How often an open tab asks for a new version (a request to this site only). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const IDLE: PwaStatus = { updateReady: false, offlineReady: false };

/**
 * Builds the store; `loadRegister` is injected so tests can stand in for the service worker,
 * and so the real `virtual:pwa-register` (with workbox-window) loads only when started.
 * `reload` is injected because jsdom cannot reload a page.
 */
export function createPwaUpdates(
  loadRegister: () => Promise<RegisterServiceWorker>,
  reload: () => void = () => window.location.reload(),
): PwaUpdates {
  let status = IDLE;
  let started: Promise<void> | undefined;
  let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;
  let reloading = false;
  const listeners = new Set<() => void>();

  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    reload();
  };

  const set = (next: Partial<PwaStatus>) => {
    status = { ...status, ...next };
    for (const listener of listeners) listener();
  };

  const start = () => {
    started ??= loadRegister().then((registerSW) => {
      updateServiceWorker = registerSW({
        onNeedRefresh: () => set({ updateReady: true }),
        onOfflineReady: () => set({ offlineReady: true }),
        onNeedReload: reloadOnce,
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          // A tab left open for days still hears about a new version.
          setInterval(() => {
            if (navigator.onLine && !registration.installing) void registration.update();
          }, UPDATE_CHECK_INTERVAL_MS);
        },
        // Without a worker the app still works online; there is nothing to tell the person.
        onRegisterError: () => undefined,
      });
    });
    return started;
  };

  return {
    start,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    async applyUpdate() {
      await started;
      // workbox-window reloads only when the page was already controlled when it registered;
      // a first-visit tab (claimed later by clientsClaim) has to reload on the takeover itself.
      navigator.serviceWorker?.addEventListener('controllerchange', reloadOnce, { once: true });
      await updateServiceWorker?.(true);
    },
    dismiss: () => set({ updateReady: false }),
  };
}

/** The app's one service worker store. */
export const pwaUpdates = createPwaUpdates(() =>
  import('virtual:pwa-register').then((module) => module.registerSW),
);

/**
 * How long after the page's load event the service worker registers. The page's content may
 * still be arriving then (the results wait for the saved answers to be read and checked), and
 * the worker's first install downloads the whole app for offline use: it waits its turn.
 */
export const REGISTER_DELAY_MS = 2000;

/**
 * Registers the service worker in production builds only (a worker in development would serve
 * stale code): workbox-window loads and registers once the page has loaded, REGISTER_DELAY_MS
 * have passed and the browser has a quiet moment, so none of it competes with the page's code.
 */
export function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return Promise.resolve();
  return afterPageSettles().then(() => pwaUpdates.start());
}

function afterPageSettles(): Promise<void> {
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, REGISTER_DELAY_MS));
  const idle = () =>
    new Promise<void>((resolve) => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 0);
    });
  return loaded.then(wait).then(idle);
}
