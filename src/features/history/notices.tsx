import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { Notice } from '../../components/Notice';
import { useFocusAfterRender } from '../../lib/focus-after-render';
import type { StorageErrorKind } from '../../lib/safe-storage';
import { DownloadAllResultsButton } from './DownloadResultButton';
import { useHistoryActions, useHistoryEntries, useHistoryStatus } from './store';

/** How long an undo offer stays when nobody is using it. */
export const UNDO_MS = 10_000;

/** Why storage failed, in words. */
export function describeStorageProblem(kind: StorageErrorKind): string {
  switch (kind) {
    case 'quota':
      return 'The storage this browser gives LegCheck is full.';
    case 'unavailable':
      return 'This browser is not letting LegCheck keep anything on this device, for example in a private window or when site data is blocked.';
    case 'unknown':
      return 'The browser refused to store it.';
  }
}

/** Says when the latest change could not be stored, and offers the whole history as a file. */
export function StorageProblemNotice() {
  const storageProblem = useHistoryStatus((status) => status.storageProblem);
  const entries = useHistoryEntries();
  if (!storageProblem) return null;
  return (
    <div className="history-notice">
      <Notice tone="warning" title="Changes are not being kept on this device">
        <p>{describeStorageProblem(storageProblem)}</p>
        <p>
          What you see stays on this page until you close or reload it. To keep your results,
          download them as a file.
        </p>
        {entries.length > 0 ? (
          <p className="history-buttons">
            <DownloadAllResultsButton entries={entries} variant="primary" />
          </p>
        ) : null}
      </Notice>
    </div>
  );
}

/**
 * "Deleted. Undo" in a live region, for UNDO_MS or until the next action. The time stops while
 * the person is on the button, so nobody is rushed.
 */
export function UndoBar({ returnFocusTo }: { returnFocusTo?: RefObject<HTMLElement | null> }) {
  const pending = useHistoryStatus((status) => status.pendingUndo);
  const { undoTaken, undoExpired } = useHistoryActions();
  const [paused, setPaused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (!pending || paused) return;
    const timer = window.setTimeout(undoExpired, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [pending, paused, undoExpired]);

  useEffect(() => {
    if (pending?.focus) button.current?.focus();
  }, [pending]);

  return (
    <div
      className="undo-bar"
      role="status"
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      {pending ? (
        <p>
          {pending.message}{' '}
          <button
            className="button button--primary"
            ref={button}
            type="button"
            onClick={() => {
              setPaused(false);
              undoTaken();
              // What Undo brings back (the list and its heading) is there only after the render.
              if (returnFocusTo) focusAfterRender(returnFocusTo);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}
