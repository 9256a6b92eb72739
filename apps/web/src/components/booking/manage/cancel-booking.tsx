// Cancelling, behind a confirmation dialog (a native <dialog>: focus trapped, Escape closes).
import { useRef, useState } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { buttonDanger, buttonSecondary } from '../../account/ui/classes';
import { errorMessage } from '../../account/ui/error-message';
import { FormAlert } from '../../account/ui/form-alert';
import { cancelBooking } from '../api/booking-api';
import type { BookingView } from '../api/types';

export function CancelBooking({
  bookingId,
  feeCents,
  onCancelled,
}: {
  bookingId: string;
  /** What cancelling now costs under the sales rules (paid at the venue). */
  feeCents: number;
  onCancelled: (booking: BookingView) => void;
}) {
  const { t, bt, money } = useBookingT();
  const text =
    feeCents > 0
      ? bt('booking.cancel.textWithFee', { fee: money(feeCents) })
      : bt('booking.cancel.text');
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function open() {
    setError(null);
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }

  function close() {
    const element = dialog.current;
    if (element?.open && typeof element.close === 'function') element.close();
    else element?.removeAttribute('open');
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const next = await cancelBooking(bookingId);
      close();
      onCancelled(next);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="mt-1 text-sm text-mist">{text}</p>
      <button type="button" onClick={open} className={`${buttonDanger} mt-4`}>
        {bt('booking.cancel.button')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="cancel-dialog-title"
        aria-describedby="cancel-dialog-text"
        className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl border border-gold/30 bg-ink p-6 text-cream shadow-2xl backdrop:bg-black/70"
      >
        <h2 id="cancel-dialog-title" className="font-display text-2xl">
          {bt('booking.cancel.title')}
        </h2>
        <p id="cancel-dialog-text" className="mt-2 text-sm text-mist">
          {text}
        </p>
        <FormAlert className="mt-4" error={error} />
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <button type="button" autoFocus onClick={close} className={buttonSecondary}>
            {bt('booking.cancel.no')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void confirm()}
            className={buttonDanger}
          >
            {bt('booking.cancel.yes')}
          </button>
        </div>
      </dialog>
    </>
  );
}
