// A short note that an action is done (a performance created, a file downloaded), at the foot of
// the screen for a few seconds. It outlives the page that showed it: an action that navigates away
// still says it worked. Its polite live region is in the page from the start (a region inserted
// together with its text is not announced by every screen reader), and holds the text alone, not
// the close button. The note stays while pointed at or focused, and closes with its button or
// Escape.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ToastContext } from './toast-context';

/** Long enough to read two lines slowly (WCAG 2.2.1: a pause on hover and focus, a close button). */
export const TOAST_MS = 8_000;

export function ToastProvider({
  closeLabel,
  children,
}: {
  closeLabel: string;
  children: ReactNode;
}) {
  const [toast, setToast] = useState<{ id: number; text: string } | null>(null);
  const [held, setHeld] = useState(false);
  const show = useCallback(
    (text: string) => setToast((last) => ({ id: (last?.id ?? 0) + 1, text })),
    [],
  );

  useEffect(() => {
    if (!toast || held) return;
    const timer = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, held]);

  const close = () => {
    setToast(null);
    setHeld(false);
  };

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4 sm:justify-end sm:px-6 print:hidden">
        <div
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
          onKeyDown={(event) => event.key === 'Escape' && close()}
          className={
            toast
              ? 'pointer-events-auto flex max-w-md items-start gap-3 rounded-xl border border-emerald-400/30 bg-ink py-2 pr-2 pl-4 text-sm text-emerald-100 shadow-xl compact:rounded-md'
              : 'sr-only'
          }
        >
          <p role="status" data-toast="" className="py-2">
            {/* A new node per note: the same words twice in a row are announced twice. */}
            {toast && <span key={toast.id}>{toast.text}</span>}
          </p>
          {toast && (
            <button
              type="button"
              onClick={close}
              aria-label={closeLabel}
              className="flex size-10 shrink-0 items-center justify-center rounded-md text-lg leading-none text-mist hover:bg-white/[0.06] hover:text-cream"
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      </div>
    </ToastContext.Provider>
  );
}
