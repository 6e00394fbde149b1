import type { ComponentType, RefObject } from 'react';
import { createElement, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { LoadErrorBoundary, PageLoadError } from '../components/LoadErrorBoundary';
import { useHasStoredHistory } from '../features/history/stored';
import { StartPage } from '../features/wizard/StartPage';
import { announcePage } from '../lib/page-heading';
import { canonicalPath } from '../lib/paths';
import type { Route } from '../lib/router';
import { navigate, useRoute } from '../lib/router';
import { registerServiceWorker } from '../lib/pwa';
import { useIgnoreStrayClicks } from '../lib/stray-clicks';
import { Layout } from './Layout';
import type { PageChunk } from './route-chunks';
import { historyRouteChunk, pageFor, resultsRouteChunk, wizardStepChunk } from './route-chunks';
import { NotFoundPage } from './NotFoundPage';

// The start page is in the first download; the wizard's forms, results and history load on
// demand so the first page stays small. After the first visit the service worker has every
// chunk cached, so later pages never wait on the network.
//
// A page whose code is already here (src/main.tsx loads the opened page's code before the first
// render) renders at once. Through lazy() alone it would suspend for a moment even then, and
// React keeps a loading message it has shown up for at least 300 ms: on a reload of /results
// that put off the results' first paint by about that much.
function lazyPage<M, P extends object>(
  chunk: PageChunk<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  const Lazy = lazy(() => chunk.load().then((module) => ({ default: pick(module) })));
  return function Page(props: P) {
    // Chosen once per mount, so the page is never swapped for another component (and reset).
    const [ready] = useState(() => {
      const module = chunk.loaded();
      return module ? pick(module) : Lazy;
    });
    return createElement(ready, props);
  };
}

const WizardStep = lazyPage(wizardStepChunk, (module) => module.WizardStep);
const ResultsRoute = lazyPage(resultsRouteChunk, (module) => module.ResultsRoute);
const StartPageHistory = lazy(() =>
  import('../features/history/StartPageHistory').then((module) => ({
    default: module.StartPageHistory,
  })),
);
const HistoryRoute = lazyPage(historyRouteChunk, (module) => module.HistoryRoute);

/** The start page, with the saved-history link when this device has saved results. */
function Start() {
  const hasHistory = useHasStoredHistory();
  return (
    <StartPage
      history={
        hasHistory ? (
          // The history link is extra: if its code cannot load, the start page goes on without it.
          <LoadErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              <StartPageHistory />
            </Suspense>
          </LoadErrorBoundary>
        ) : null
      }
    />
  );
}

/** The page for a path (see pageFor). */
function Page({ path }: { path: string }) {
  const at = pageFor(path);
  switch (at.page) {
    case 'start':
      return <Start />;
    case 'step':
      return <WizardStep key={at.step} step={at.step} />;
    case 'results':
      return <ResultsRoute />;
    case 'history':
      return <HistoryRoute at={at.at} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** Moves focus to the new page's h1 and updates the tab title after every route change. */
function useAnnouncePage(path: string, main: RefObject<HTMLElement | null>) {
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!main.current) return;
    // The first page of a visit keeps the browser's own focus; later pages take it.
    const moveFocus = announced.current !== null && announced.current !== path;
    announced.current = path;
    return announcePage(main.current, moveFocus);
  }, [path, main]);
}

/**
 * The one spelling of the current address. An address typed with a trailing slash ('/results/')
 * shows its page at once, and the address bar is then corrected in place (no extra history
 * entry), so links, the header's current-page mark and a bookmark all see one address.
 */
function useCanonicalPath(route: Route): string {
  const path = canonicalPath(route.path);
  useEffect(() => {
    if (path !== route.path)
      navigate(`${path}${route.search}${window.location.hash}`, { replace: true });
  }, [path, route.path, route.search]);
  return path;
}

/** The app shell: layout, routes and focus management. */
export function App() {
  const path = useCanonicalPath(useRoute());
  const mainRef = useRef<HTMLElement>(null);
  useAnnouncePage(path, mainRef);
  // Every page, not only the wizard's: the second click of a double click on "See my results"
  // must not land on "Don't keep this result".
  useIgnoreStrayClicks(path);
  // After the first page is on screen: the worker's code is not needed to show it.
  useEffect(() => {
    void registerServiceWorker();
  }, []);
  return (
    <Layout mainRef={mainRef}>
      <LoadErrorBoundary resetKey={path} fallback={<PageLoadError />}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Page path={path} />
        </Suspense>
      </LoadErrorBoundary>
    </Layout>
  );
}
