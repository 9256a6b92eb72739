// Cancelling, behind a confirmation dialog (a native <dialog>: focus trapped, Escape closes).
import { useState } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { errorMessage } from '../../../lib/api/error-message';
import { Button } from '../../shared/button';
import { ConfirmDialog } from '../../shared/dialog';
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
  // The terms again, before the guest commits: the fee (paid at the venue), and no refund since
  // nothing was paid online.
  const text = `${
    feeCents > 0
      ? bt('booking.cancel.textWithFee', { fee: money(feeCents) })
      : bt('booking.cancel.text')
  } ${bt('booking.cancel.nothingPaid')}`;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const next = await cancelBooking(bookingId);
      setOpen(false);
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
      <Button
        variant="danger"
        className="mt-4"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {bt('booking.cancel.button')}
      </Button>
      <ConfirmDialog
        open={open}
        title={bt('booking.cancel.title')}
        confirmLabel={bt('booking.cancel.yes')}
        keepLabel={bt('booking.cancel.no')}
        pending={busy}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
        description={text}
      />
    </>
  );
}
