// A modal dialog on the native <dialog>: showModal() keeps focus inside and the rest of the page
// inert, Escape closes it, and focus goes back to what opened it. The opener renders the trigger
// and says `open`; the dialog asks to be closed through `onClose`.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export function Dialog({
  open,
  title,
  description,
  children,
  footer,
  tone = 'default',
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  /** Under the title: what this is about, read as the dialog's description. */
  description?: ReactNode;
  /** The rest (a form, which then holds its own buttons). */
  children?: ReactNode;
  /** The buttons; the one marked `data-autofocus` (the safe one) takes the focus on opening. */
  footer?: ReactNode;
  /** `danger`: a rose edge, for what cannot be undone. */
  tone?: 'default' | 'danger';
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
      // The safe choice first (React's autoFocus only acts when an element mounts).
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
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
      aria-describedby={description ? `${id}-description` : undefined}
      onClose={() => {
        if (open) onClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-[min(30rem,calc(100%-2rem))] rounded-2xl border bg-ink p-6 text-cream shadow-2xl backdrop:bg-black/70 compact:rounded-lg ${
        tone === 'danger' ? 'border-rose-400/30' : 'border-gold/30'
      }`}
    >
      <h2 id={`${id}-title`} className="font-display text-2xl">
        {title}
      </h2>
      {description ? (
        <div id={`${id}-description`} className="mt-2 text-sm text-mist">
          {description}
        </div>
      ) : null}
      {children}
      {footer ? (
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">{footer}</div>
      ) : null}
    </dialog>
  );
}

/**
 * "Are you sure?" before an action that cannot be undone (cancel a booking, erase a customer). The
 * focus starts on the button that keeps things as they are.
 */
export function ConfirmDialog({
  open,
  title,
  description,
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
  /** What confirming does, read as the dialog's description. */
  description: ReactNode;
  /** Anything to fill in before confirming (a typed confirmation). */
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
      description={description}
      onClose={onClose}
      footer={
        <>
          <Button data-autofocus onClick={onClose}>
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
