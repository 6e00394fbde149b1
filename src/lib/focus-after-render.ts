// A button that replaces itself ("Don't keep" becoming "Undo", an undo bar that goes) takes the
// keyboard focus with it: the browser then puts focus on the document, and a keyboard or
// screen-reader user has to find their place again. The element that takes over exists only
// after React's next render, so focus is moved then.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Returns `focusAfterRender(ref)`: call it in the handler that changes the page; once the change
 * is on screen, the element `ref` points to then takes focus.
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const [request, setRequest] = useState<{ target: RefObject<HTMLElement | null> } | null>(null);
  useEffect(() => {
    request?.target.current?.focus();
  }, [request]);
  return useCallback((target) => setRequest({ target }), []);
}
