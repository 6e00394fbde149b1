import { useSyncExternalStore } from 'react';
import { focusPageHeading } from '../lib/page-heading';
import { pwaUpdates, type PwaUpdates } from '../lib/pwa';

/**
 * Tells the person, politely and without moving focus, that a new version is ready, and lets
 * them reload into it. The live region is always in the page so screen readers announce the
 * message when it appears; its name tells it apart from the pages' own status messages.
 * Reloading is safe: the wizard's draft lives in localStorage.
 */
export function UpdatePrompt({ updates = pwaUpdates }: { updates?: PwaUpdates }) {
  const { updateReady } = useSyncExternalStore(
    updates.subscribe,
    updates.getStatus,
    updates.getStatus,
  );
  return (
    <div role="status" aria-live="polite" aria-label="App update" className="update-prompt-region">
      {updateReady && (
        <div className="update-prompt">
          <p className="update-prompt__text">
            A new version of LegCheck is available. Reload to use it; your answers are kept.
          </p>
          <div className="update-prompt__actions">
            <button
              type="button"
              className="update-prompt__button update-prompt__button--primary"
              onClick={() => void updates.applyUpdate()}
            >
              Reload
            </button>
            <button
              type="button"
              className="update-prompt__button"
              onClick={(event) => {
                const hadFocus = event.currentTarget === document.activeElement;
                updates.dismiss();
                // The button goes with the prompt: a keyboard user is put back on the page (not
                // scrolled there, so nobody loses their place), not on the document.
                if (hadFocus) focusPageHeading({ preventScroll: true });
              }}
            >
              Not now
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
