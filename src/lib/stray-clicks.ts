// A double click on Next (or Back, Start, Resume) changes the step with its first click; the
// second click then lands on whatever the new step shows at that spot: on a phone, the warning
// sign "numbness between the legs", which turns the result into "call emergency services". So a
// step ignores the rest of a click series that began before it was shown.
//
// Why the click count and not a time window: the browser numbers the clicks of one series in
// `detail` (1, 2, 3 ...; a new series starts at 1 after the double-click time or a move), so the
// second click of a double click is told apart exactly, however slow the device is and however
// long the step took to appear, while a quick but separate click (detail 1), a key press or
// assistive technology (detail 0) always counts at once: a keyboard user pressing Space on a
// checkbox right after arriving is never held up.
import { useLayoutEffect } from 'react';

/**
 * While the calling page is shown, ignores the clicks of a series that began before it: until a
 * series starts here (a press with detail 1), a press or click with detail 2 or more is stopped
 * before anything on the page sees it.
 */
export function useIgnoreStrayClicks(): void {
  useLayoutEffect(() => {
    let seriesStartedHere = false;

    function onPress(event: MouseEvent) {
      if (event.detail === 1) seriesStartedHere = true;
      // No focus move or word selection from the stray press either.
      else if (event.detail > 1 && !seriesStartedHere) event.preventDefault();
    }
    function onClick(event: MouseEvent) {
      if (event.detail === 1) seriesStartedHere = true;
      if (event.detail <= 1 || seriesStartedHere) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }

    // On the document, in the capture phase: before React's own listeners on the root, and for
    // every part of the page the stray click could land on.
    document.addEventListener('mousedown', onPress, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('dblclick', onClick, true);
    return () => {
      document.removeEventListener('mousedown', onPress, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('dblclick', onClick, true);
    };
  }, []);
}
