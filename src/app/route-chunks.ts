// The app's addresses and the pages that load on demand, in one place: App renders the page
// `pageFor` names, and src/main.tsx starts loading it at once, so a reload of /results or
// /step/timing fetches that page's code alongside the app's instead of after it.
import { parsePath } from '../lib/paths';
import type { PathTarget } from '../lib/paths';

/** The wizard's step pages (/step/about .. /step/health, and the old /step/1 .. /step/7). */
export const loadWizardStep = () => import('../features/wizard/WizardStep');
/** The results page (/results). */
export const loadResultsRoute = () => import('./routes/ResultsRoute');
/** Saved results, comparison and print (/history and below). */
export const loadHistoryRoute = () => import('./routes/HistoryRoute');

/** Which page an address shows; for the history pages, which one (read once, here). */
export type PageAt = PathTarget;

/**
 * The page for a path, read by the rules that build it (src/lib/paths.ts): the start page, a step
 * of the wizard, the results, a history page, else not found. A trailing slash is the same page.
 */
export function pageFor(path: string): PageAt {
  return parsePath(path);
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
