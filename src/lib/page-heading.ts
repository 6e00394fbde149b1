// After a route change, focus goes to the new page's h1 so a screen reader announces where the
// person landed, and the tab title says the same. Pages that load lazily render their h1 later,
// so this waits for it rather than asking every page to cooperate.

/** The app's name, added to every page title. */
export const APP_NAME = 'LegCheck';

/** A page title from its heading: 'About you' -> 'About you – LegCheck'. */
export function pageTitle(heading: string): string {
  const text = heading.replace(/\s+/g, ' ').trim();
  if (!text) return APP_NAME;
  return text.includes(APP_NAME) ? text : `${text} – ${APP_NAME}`;
}

function apply(heading: HTMLElement, focus: boolean): void {
  document.title = pageTitle(heading.textContent ?? '');
  if (!focus) return;
  // tabIndex -1: focusable from script, not a stop in the Tab order.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  // A new page starts at its top (setting scrollTop also works where scrollTo is missing);
  // skipping the write when already there saves a scroll update on every step change.
  if (document.documentElement.scrollTop !== 0) document.documentElement.scrollTop = 0;
}

// While a lazy page loads, React keeps the previous page in the tree but hidden (display: none),
// so a heading only counts once nothing between it and the root hides it.
function isShown(element: HTMLElement, root: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node && node !== root; node = node.parentElement) {
    if (node.hidden || node.style.display === 'none') return false;
  }
  return true;
}

function findHeading(root: HTMLElement): HTMLElement | null {
  for (const heading of root.querySelectorAll('h1')) {
    if (isShown(heading, root)) return heading;
  }
  return null;
}

/**
 * Finds the first shown h1 in `root` (now, or when it appears), sets the page title from it and,
 * when `focus` is true, moves focus to it. Returns a function that stops waiting.
 */
export function announcePage(root: HTMLElement, focus: boolean, timeoutMs = 10_000): () => void {
  const found = findHeading(root);
  if (found) {
    apply(found, focus);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const heading = findHeading(root);
    if (!heading) return;
    stop();
    apply(heading, focus);
  });
  const timer = window.setTimeout(() => stop(), timeoutMs);
  function stop(): void {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'hidden'],
  });
  return stop;
}

/**
 * Moves focus to the page's h1: where a keyboard or screen-reader user is put when what they were
 * on goes away with their own press (a notice dismissed or dealt with), instead of the document.
 */
export function focusPageHeading(options?: FocusOptions): void {
  const root = document.querySelector('main') ?? document.body;
  const heading = findHeading(root);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus(options);
}
