// The entry. It starts the app in three short steps, each its own task, so that no single
// stretch of script blocks the main thread for long on a slow phone (Lighthouse counts every
// task over 50 ms as blocking): React itself, then the app's modules, then the first render.
// The prerendered start page is on screen and usable throughout: its links are plain links.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadPage } from './app/route-chunks';
import './app/global.css';

/** Lets the browser run anything waiting (input, paint) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// A reload of /results or /step/timing: fetch that page's code now, alongside the app's, and
// render once it is here. Rendered earlier, the page would show its loading message first, and
// React then keeps that message up for at least 300 ms (so that it does not flash) even when
// the page's code arrives a moment later: the results would paint later than they could.
const page = preloadPage(window.location.pathname);
await nextTask();
const root = document.getElementById('root');
const modules = await Promise.all([import('./app/App'), page]).catch(() => null);
await nextTask();

if (root && modules) {
  const [{ App }] = modules;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // As a transition, React renders in short slices and leaves the main thread free between
  // them, so the first render never blocks a tap or a scroll for long.
  startTransition(() => {
    // index.html holds the start page, prerendered at build time (src/prerender.tsx): hydrate
    // it. Any other address arrives with an empty root (app.html), or with the start page's
    // markup from a host that serves index.html everywhere: render from scratch, which replaces it.
    if (window.location.pathname === '/' && root.firstElementChild) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
} else if (root && !root.firstElementChild) {
  // The app's code did not arrive (offline before LegCheck was kept for offline use). The
  // prerendered start page still works as plain links; an empty page gets a message instead.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    'LegCheck could not load. Check your connection, then reload this page. Your answers are safe on this device.';
  root.append(message);
}
