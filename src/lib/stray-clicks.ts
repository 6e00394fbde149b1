// A double click on Next (or Back, Start, Resume, See my results) changes the page with its first
// click; the
// second click then lands on whatever the new page shows at that spot: on a phone, the warning
// sign "numbness between the legs", which turns the result into "call emergency services". So a
// page ignores the rest of a click series that began before it was shown.
//
// Why the click count and not a time window: the browser numbers the clicks of one series in
// `detail` (1, 2, 3 ...; a new series starts at 1 after the double-click time or a move), so the
// second click of a double click is told apart exactly, however slow the device and however long
// the page took to appear, while a quick but separate click (detail 1), a key press or assistive
// technology (detail 0) always counts at once: a keyboard user pressing Space on a checkbox right
// after arriving is never held up, nor is a test that clicks faster than any person.
//
// Touch: Chrome counts taps like clicks, but not every browser does, so a tap that lands within
// DOUBLE_TAP_MS of the tap that brought the page is taken as the second tap of a double tap too.
import { useLayoutEffect } from 'react';

/** The longest gap between the taps of a double tap: 300 ms is usual, 500 ms the slowest default. */
const DOUBLE_TAP_MS = 500;

// When the latest tap anywhere was (in event time), so that a page knows the tap that brought it.
let lastTapAt = Number.NEGATIVE_INFINITY;

function isTouch(event: MouseEvent): boolean {
  return 'pointerType' in event && event.pointerType === 'touch';
}

function recordTap(event: MouseEvent) {
  if (isTouch(event)) lastTapAt = event.timeStamp;
}

if (typeof document !== 'undefined') document.addEventListener('click', recordTap, true);

/**
 * While the page named `page` is shown, ignores the clicks of a series that began before it:
 * until a series starts here (a press with detail 1), a press or click with detail 2 or more is
 * stopped before anything on the page sees it; so is a tap right after the tap that brought the
 * page. A new `page` (the app passes the address) starts over.
 */
export function useIgnoreStrayClicks(page: string): void {
  useLayoutEffect(() => {
    const arrivedAfterTapAt = lastTapAt;
    let seriesStartedHere = false;

    function isStray(event: MouseEvent): boolean {
      if (event.detail > 1) return !seriesStartedHere;
      return (
        event.detail === 1 && isTouch(event) && event.timeStamp - arrivedAfterTapAt < DOUBLE_TAP_MS
      );
    }
    function onPress(event: MouseEvent) {
      // No focus move or word selection from a stray press either.
      if (isStray(event)) event.preventDefault();
      else if (event.detail === 1) seriesStartedHere = true;
    }
    function onClick(event: MouseEvent) {
      if (isStray(event)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      } else if (event.detail === 1) {
        seriesStartedHere = true;
      }
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
  }, [page]);
}
