// Build-time only: renders the start page to HTML so index.html shows it before any script runs.
// vite.config.ts (prerenderStartPage) imports this with Vite's module runner during `vite build`;
// the browser never loads it. The page renders as a first-time visitor sees it (no draft, no
// saved results); src/main.tsx hydrates this markup and then shows the person's own state.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/App';

/** The start page's markup, as it goes inside <div id="root">. */
export async function renderStartPage(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
