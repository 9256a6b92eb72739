import { useEffect, type RefObject } from 'react';

/** The width from which lists and details sit side by side (Tailwind's `lg`). */
const SIDE_BY_SIDE = '(min-width: 64rem)';

/**
 * On a narrow screen, where the detail replaces the list, moves focus (and the reader) to it
 * whenever `id` changes. Side by side, focus stays in the list so the keyboard keeps its place.
 */
export function useFocusOnNarrow(target: RefObject<HTMLElement | null>, id: string): void {
  useEffect(() => {
    if (window.matchMedia?.(SIDE_BY_SIDE).matches) return;
    target.current?.focus();
  }, [target, id]);
}
