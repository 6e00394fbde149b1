// The app's addresses and the pages that load on demand, in one place: App renders the page
// `pageFor` names, and src/main.tsx starts loading it at once, so a reload of /results or
// /step/3 fetches that page's code alongside the app's instead of after it.
import type { StepNumber } from '../features/wizard/steps';
import { stepFromPath } from '../features/wizard/steps';

/** The wizard's step pages (/step/1 .. /step/7). */
export const loadWizardStep = () => import('../features/wizard/WizardStep');
/** The results page (/results). */
export const loadResultsRoute = () => import('./routes/ResultsRoute');
/** Saved results, comparison and print (/history and below). */
export const loadHistoryRoute = () => import('./routes/HistoryRoute');

/** Which page an address shows. */
export type PageAt =
  | { page: 'start' }
  | { page: 'step'; step: StepNumber }
  | { page: 'results' }
  | { page: 'history' }
  | { page: 'not-found' };

/** The page for a path: '/', '/step/1'..'/step/7', '/results', '/history' and below, else not found. */
export function pageFor(path: string): PageAt {
  if (path === '/') return { page: 'start' };
  const step = stepFromPath(path);
  if (step !== null) return { page: 'step', step };
  if (path === '/results') return { page: 'results' };
  if (path === '/history' || path.startsWith('/history/')) return { page: 'history' };
  return { page: 'not-found' };
}

const LOADERS: Partial<Record<PageAt['page'], () => Promise<unknown>>> = {
  step: loadWizardStep,
  results: loadResultsRoute,
  history: loadHistoryRoute,
};

/**
 * Starts loading the code of the page at `path` (nothing for the start page, which is in the
 * first load). A failure is left to the page itself, which shows it when it renders.
 */
export function preloadPage(path: string): void {
  LOADERS[pageFor(path).page]?.().catch(() => undefined);
}
