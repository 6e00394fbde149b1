// The app's addresses and the pages that load on demand, in one place: App renders the page
// `pageFor` names, and src/main.tsx starts loading it at once, so a reload of /results or
// /step/timing fetches that page's code alongside the app's instead of after it.
import { parsePath } from '../lib/paths';
import type { PathTarget } from '../lib/paths';

/** A page's code: loads it, and once it has loaded, hands it over at once. */
export interface PageChunk<M> {
  readonly load: () => Promise<M>;
  /** The module, once a load has finished; undefined before. */
  readonly loaded: () => M | undefined;
}

function pageChunk<M>(load: () => Promise<M>): PageChunk<M> {
  let module: M | undefined;
  return {
    load: () =>
      load().then((loaded) => {
        module = loaded;
        return loaded;
      }),
    loaded: () => module,
  };
}

/** The wizard's step pages (/step/about .. /step/health, and the old /step/1 .. /step/7). */
export const wizardStepChunk = pageChunk(() => import('../features/wizard/WizardStep'));
/** The results page (/results). */
export const resultsRouteChunk = pageChunk(() => import('./routes/ResultsRoute'));
/** Saved results, comparison and print (/history and below). */
export const historyRouteChunk = pageChunk(() => import('./routes/HistoryRoute'));

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
  step: wizardStepChunk.load,
  results: resultsRouteChunk.load,
  history: historyRouteChunk.load,
};

/**
 * Starts loading the code of the page at `path` (nothing for the start page, which is in the
 * first load) and settles when it has loaded, or failed: a failure is left to the page itself,
 * which shows it when it renders.
 */
export function preloadPage(path: string): Promise<void> {
  const load = LOADERS[pageFor(path).page];
  return load
    ? load().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}
