// /bookings/:id: the confirmation right after booking, and "my booking" afterwards: the ticket
// (QR, PDF, calendar), the evening's details, and changing or cancelling within the rules.
import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { ApiError } from '../../../lib/api/api-request';
import { useLoad } from '../../account/api/use-load';
import { buttonPrimary, panel, sectionTitle, textLink } from '../../account/ui/classes';
import { errorMessage } from '../../account/ui/error-message';
import { FormAlert } from '../../account/ui/form-alert';
import { fetchBooking } from '../api/booking-api';
import type { BookingView } from '../api/types';
import { BookingLayout } from '../ui/booking-layout';
import { CancelBooking } from './cancel-booking';
import { ChangeParty } from './change-party';
import { TicketCard } from './ticket-card';

export default function BookingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justConfirmed = (location.state as { confirmed?: boolean } | null)?.confirmed === true;
  const { t, bt, money } = useBookingT();
  const load = useCallback((signal: AbortSignal) => fetchBooking(id, signal), [id]);
  const loaded = useLoad(load);
  const [updated, setUpdated] = useState<BookingView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const booking = updated ?? loaded.data;

  if (!booking) {
    const missing =
      loaded.error instanceof ApiError && [401, 403, 404].includes(loaded.error.status);
    return (
      <BookingLayout
        eyebrow={bt('flow.eyebrow')}
        title={missing ? bt('booking.notFound.title') : bt('booking.title')}
      >
        {missing ? (
          <div className={`${panel} text-center`}>
            <p className="text-mist">{bt('booking.notFound.text')}</p>
            <Link to="/my-booking" className={`${buttonPrimary} mt-5`}>
              {bt('booking.find')}
            </Link>
          </div>
        ) : loaded.error ? (
          <FormAlert
            error={
              <>
                {errorMessage(t, loaded.error)}{' '}
                <button type="button" onClick={loaded.reload} className={textLink}>
                  {t('auth.retry')}
                </button>
              </>
            }
          />
        ) : (
          <div aria-busy="true" className="space-y-4">
            <span role="status" className="sr-only">
              {t('app.loading')}
            </span>
            <div className="h-[26rem] animate-pulse rounded-2xl bg-cream/5 motion-reduce:animate-none" />
            <div className="h-48 rounded-2xl bg-cream/5" />
          </div>
        )}
      </BookingLayout>
    );
  }

  const confirmedNow = justConfirmed && booking.status === 'confirmed';
  const onChanged = (next: BookingView, message: string) => {
    setUpdated(next);
    setNotice(message);
  };
  return (
    <BookingLayout
      eyebrow={bt('flow.eyebrow')}
      title={confirmedNow ? bt('booking.confirmedTitle') : bt('booking.title')}
      lead={
        confirmedNow && booking.contact
          ? bt('booking.confirmedLead', { email: booking.contact.email })
          : undefined
      }
    >
      <div className="space-y-6">
        <FormAlert success={notice} />
        {booking.status === 'held' && (
          <p className="rounded-xl border border-amber-300/40 bg-amber-950/30 px-4 py-3 text-sm text-amber-100">
            {bt('booking.heldNote')}
          </p>
        )}
        {booking.status === 'cancelled' && booking.cancellationFeeCents > 0 && (
          <p className="rounded-xl border border-amber-300/40 bg-amber-950/30 px-4 py-3 text-sm text-amber-100">
            {bt('booking.cancel.feeOwed', { fee: money(booking.cancellationFeeCents) })}
          </p>
        )}
        <TicketCard booking={booking} />
        {booking.changeable && (
          <ChangeParty
            booking={booking}
            onChanged={(next) => onChanged(next, bt('booking.change.saved'))}
          />
        )}
        {booking.cancellable && (
          <section aria-labelledby="cancel-title" className={panel}>
            <h2 id="cancel-title" className={sectionTitle}>
              {bt('booking.cancel.section')}
            </h2>
            <CancelBooking
              bookingId={booking.id}
              feeCents={booking.cancellationFeeCents}
              onCancelled={(next) => onChanged(next, bt('booking.cancel.done'))}
            />
          </section>
        )}
      </div>
    </BookingLayout>
  );
}
