import { useEffect, useRef } from 'react';

/**
 * A ref for a heading that takes the focus each time `key` changes (a new step of a form), but
 * not on arrival (the page starts at the top anyway): keyboard and screen-reader users start
 * reading where the new content begins. The element needs `tabIndex={-1}`.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new step reads from its top: scroll there, then focus without scrolling again.
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
