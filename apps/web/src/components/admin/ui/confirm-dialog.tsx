// A destructive action behind a native <dialog> (focus kept inside, Escape closes), as the
// guest's cancel-booking does. The opener renders the trigger; `open` shows the dialog.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { buttonDanger, buttonPrimary, buttonSecondary } from './classes';

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
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-lg border border-gold/30 bg-ink p-6 text-cream shadow-2xl backdrop:bg-black/70"
    >
      <h2 id={`${id}-title`} className="font-display text-2xl">
        {title}
      </h2>
      <div className="mt-2 text-sm text-mist">{children}</div>
      {error && (
        <p role="alert" className="mt-3 text-sm text-rose-200">
          {error}
        </p>
      )}
      <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <button type="button" autoFocus onClick={onClose} className={buttonSecondary}>
          {keepLabel}
        </button>
        <button
          type="button"
          disabled={pending || !canConfirm}
          onClick={onConfirm}
          className={danger ? buttonDanger : buttonPrimary}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
