// A modal dialog on the native <dialog>: showModal() keeps focus inside and the rest of the page
// inert, Escape closes it, and focus goes back to what opened it. The opener renders the trigger
// and says `open`; the dialog asks to be closed through `onClose`.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export function Dialog({
  open,
  title,
  children,
  footer,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  /** The body; read as the dialog's description. */
  children?: ReactNode;
  /** The buttons (the safe one first in the markup takes the focus with `autoFocus`). */
  footer?: ReactNode;
  onClose: () => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-body` : undefined}
      onClose={() => {
        if (open) onClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-2xl border border-gold/30 bg-ink p-6 text-cream shadow-2xl backdrop:bg-black/70 compact:rounded-lg"
    >
      <h2 id={`${id}-title`} className="font-display text-2xl">
        {title}
      </h2>
      {children ? (
        <div id={`${id}-body`} className="mt-2 text-sm text-mist">
          {children}
        </div>
      ) : null}
      {footer ? (
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">{footer}</div>
      ) : null}
    </dialog>
  );
}

/**
 * "Are you sure?" before an action that cannot be undone (cancel a booking, delete a show). The
 * focus starts on the button that keeps things as they are.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  keepLabel,
  pending = false,
  danger = true,
  canConfirm = true,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  pending?: boolean;
  danger?: boolean;
  /** False keeps the confirm button disabled (e.g. until a typed confirmation matches). */
  canConfirm?: boolean;
  error?: string | null | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button autoFocus onClick={onClose}>
            {keepLabel}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            disabled={pending || !canConfirm}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      <Alert tone="error" className="mt-4 compact:mt-3">
        {error}
      </Alert>
    </Dialog>
  );
}
