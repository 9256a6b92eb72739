// Dragging a party with the pointer (mouse, pen or finger): past a few pixels of movement it
// becomes a drag with a label following the pointer; released over a table (any element inside
// a `[data-table-id]`), it is dropped there. A press without movement stays a click.
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

export interface DragState {
  bookingId: string;
  x: number;
  y: number;
}

const THRESHOLD = 6;

export function usePartyDrag(onDrop: (bookingId: string, tableId: string) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const start = useRef<{ bookingId: string; x: number; y: number; moved: boolean } | null>(null);
  const dropRef = useRef(onDrop);
  useEffect(() => {
    dropRef.current = onDrop;
  }, [onDrop]);

  useEffect(() => {
    function move(event: globalThis.PointerEvent) {
      const pressed = start.current;
      if (!pressed) return;
      if (
        !pressed.moved &&
        Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) < THRESHOLD
      ) {
        return;
      }
      pressed.moved = true;
      setDrag({ bookingId: pressed.bookingId, x: event.clientX, y: event.clientY });
    }
    function up(event: globalThis.PointerEvent) {
      const pressed = start.current;
      start.current = null;
      if (!pressed?.moved) return;
      setDrag(null);
      const target = (document.elementsFromPoint?.(event.clientX, event.clientY) ?? [])
        .map((element) => element.closest('[data-table-id]'))
        .find((element): element is Element => element !== null);
      const tableId = target?.getAttribute('data-table-id');
      if (tableId) dropRef.current(pressed.bookingId, tableId);
      // The click that follows a drag must not also act on what is under the pointer.
      window.addEventListener('click', swallow, { capture: true, once: true });
      window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
    }
    function cancel() {
      start.current = null;
      setDrag(null);
    }
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, []);

  const onPointerDown = useCallback((bookingId: string, event: PointerEvent) => {
    if (event.button !== 0) return;
    start.current = { bookingId, x: event.clientX, y: event.clientY, moved: false };
  }, []);

  return { drag, onPointerDown };
}

function swallow(event: Event) {
  event.stopPropagation();
  event.preventDefault();
}
