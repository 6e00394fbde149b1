// The pages that load on demand, in one place: App's lazy routes use these loaders, and
// src/main.tsx starts the one for the address being opened at once, so a reload of /results or
// /step/3 fetches that page's code alongside the app's instead of after it.
import { stepFromPath } from '../features/wizard/steps';

/** The wizard's step pages (/step/1 .. /step/7). */
export const loadWizardStep = () => import('../features/wizard/WizardStep');
/** The results page (/results). */
export const loadResultsRoute = () => import('./routes/ResultsRoute');
/** Saved results, comparison and print (/history and below). */
export const loadHistoryRoute = () => import('./routes/HistoryRoute');

/** The loader of the page at `path`, or null for the start page (already in the first load) and unknown paths. */
export function pageLoader(path: string): (() => Promise<unknown>) | null {
  if (stepFromPath(path) !== null) return loadWizardStep;
  if (path === '/results') return loadResultsRoute;
  if (path === '/history' || path.startsWith('/history/')) return loadHistoryRoute;
  return null;
}

/** Starts loading the page at `path` (a failed load is retried and reported by the route itself). */
export function preloadPage(path: string): void {
  pageLoader(path)?.().catch(() => undefined);
}
