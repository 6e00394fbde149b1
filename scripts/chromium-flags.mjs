// The command-line flags every Chromium that LegCheck starts runs with: the Playwright tests
// (playwright.config.ts), the Lighthouse bench and the step-change bench. One list, so a flag
// added for one (e.g. for a container without a sandbox) reaches all, and their figures compare.

/**
 * No sandbox (containers and CI run as root), no GPU, and none of the background work a fresh
 * profile starts (networking, component updates, sync, first-run pages) that would add noise.
 * Headless mode is left to each caller: Playwright sets its own, Lighthouse adds --headless=new.
 * @type {readonly string[]}
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
