// A tiny path-based router: the address bar is the one store of "where am I", read through
// useSyncExternalStore so every reader sees the same route in the same render.
import { useSyncExternalStore } from 'react';

/** Where the app is: the path and the query string (with its leading '?', or ''). */
export interface Route {
  readonly path: string;
  readonly search: string;
}

const listeners = new Set<() => void>();
let current: Route = { path: '/', search: '' };

function readLocation(): Route {
  const { pathname, search } = window.location;
  // Keep the same object while the address is unchanged: useSyncExternalStore needs that.
  if (pathname !== current.path || search !== current.search) {
    current = { path: pathname, search };
  }
  return current;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** Goes to `to` (a path, optionally with a query) inside the app, adding a history entry unless `replace`. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const here = window.location.pathname + window.location.search;
  if (to === here && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/** The current route; re-renders the caller when it changes (links, navigate, browser Back/Forward). */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, readLocation, () => current);
}
