// What staff do to one booking: cancel it (the guest is told) or mark it a no-show, each behind a
// confirmation. Only what the booking's status allows is offered; the server checks again.
import { useState } from 'react';
import { useStaffT } from '../staff-messages';
import { ConfirmDialog } from '../../shared/dialog';
import { errorText } from '../ui/error-text';
import { useCancelBooking, useMarkNoShow, type AdminBookingDetail } from './api/use-booking';
import { useBookingsT } from './messages';
import { Button } from '../../shared/button';

type Which = 'cancel' | 'noShow';

export function BookingActions({
  booking,
  onDone,
}: {
  booking: AdminBookingDetail;
  onDone: (message: string) => void;
}) {
  const { t, locale } = useStaffT();
  const { at } = useBookingsT();
  const cancel = useCancelBooking();
  const noShow = useMarkNoShow();
  const [open, setOpen] = useState<Which | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = booking.status === 'confirmed' || booking.status === 'held';
  const [openedAt] = useState(() => Date.now());
  const started = Date.parse(booking.performance.startsAt) <= openedAt;

  async function confirm(which: Which) {
    setError(null);
    if (which === 'cancel') {
      const outcome = await cancel.run({ id: booking.id, locale: locale === 'en' ? 'en' : 'fr' });
      if (!outcome.ok) return setError(errorText(t, outcome.error));
      setOpen(null);
      onDone(at('cancel.done'));
      return;
    }
    const outcome = await noShow.run([booking.id]);
    if (!outcome.ok) return setError(errorText(t, outcome.error));
    setOpen(null);
    onDone(outcome.value.marked.includes(booking.id) ? at('noShow.done') : at('noShow.skipped'));
  }

  if (!active && booking.status !== 'checked_in') return null;
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      {booking.status === 'confirmed' && started && (
        <Button onClick={() => setOpen('noShow')}>{at('noShow.button')}</Button>
      )}
      {active && (
        <Button variant="danger" onClick={() => setOpen('cancel')}>
          {at('cancel.button')}
        </Button>
      )}
      <ConfirmDialog
        open={open !== null}
        title={
          open === 'noShow'
            ? at('noShow.title', { reference: booking.reference })
            : at('cancel.title', { reference: booking.reference })
        }
        confirmLabel={open === 'noShow' ? at('noShow.yes') : at('cancel.yes')}
        keepLabel={at('keep')}
        pending={cancel.pending || noShow.pending}
        error={error}
        onConfirm={() => open && void confirm(open)}
        onClose={() => {
          setOpen(null);
          setError(null);
        }}
        description={open === 'noShow' ? at('noShow.text') : at('cancel.text')}
      />
    </div>
  );
}
