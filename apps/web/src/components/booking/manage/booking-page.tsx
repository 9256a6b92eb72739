// /bookings/:id: the confirmation right after booking, and "my booking" afterwards: the ticket
// (QR, PDF, calendar), the evening's details, and changing or cancelling within the rules.
import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { ApiError } from '../../../lib/api/api-request';
import { useLoad } from '../../../hooks/use-load';
import { Alert } from '../../shared/alert';
import { ButtonLink } from '../../shared/button';
import { GuestPage } from '../../shared/guest-page';
import { sectionTitleClass } from '../../shared/heading-class';
import { Loading, Skeleton } from '../../shared/loading';
import { Panel } from '../../shared/panel';
import { fetchBooking } from '../api/booking-api';
import type { BookingView } from '../api/types';
import { CancelBooking } from './cancel-booking';
import { ChangeBooking } from './change-booking';
import { TicketCard } from './ticket-card';
import { LoadFailed } from '../../shared/load-failed';

export default function BookingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justConfirmed = (location.state as { confirmed?: boolean } | null)?.confirmed === true;
  const { bt } = useBookingT();
  const load = useCallback((signal: AbortSignal) => fetchBooking(id, signal), [id]);
  const loaded = useLoad(load);
  const [updated, setUpdated] = useState<BookingView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const booking = updated ?? loaded.data;

  if (!booking) {
    const missing =
      loaded.error instanceof ApiError && [401, 403, 404].includes(loaded.error.status);
    return (
      <GuestPage
        eyebrow={bt('flow.eyebrow')}
        title={missing ? bt('booking.notFound.title') : bt('booking.title')}
      >
        {missing ? (
          <Panel className="text-center">
            <p className="text-mist">{bt('booking.notFound.text')}</p>
            <ButtonLink to="/my-booking" variant="primary" className="mt-5">
              {bt('booking.find')}
            </ButtonLink>
          </Panel>
        ) : loaded.error ? (
          <LoadFailed error={loaded.error} onRetry={loaded.reload} />
        ) : (
          <Loading className="space-y-4">
            <Skeleton className="h-[26rem]" />
            <Skeleton pulse={false} className="h-48" />
          </Loading>
        )}
      </GuestPage>
    );
  }

  const confirmedNow = justConfirmed && booking.status === 'confirmed';
  const onChanged = (next: BookingView, message: string) => {
    setUpdated(next);
    setNotice(message);
  };
  return (
    <GuestPage
      eyebrow={bt('flow.eyebrow')}
      title={confirmedNow ? bt('booking.confirmedTitle') : bt('booking.title')}
      lead={
        confirmedNow && booking.contact?.email
          ? bt('booking.confirmedLead', { email: booking.contact.email })
          : undefined
      }
    >
      <div className="space-y-6">
        <Alert tone="success">{notice}</Alert>
        {booking.status === 'held' && <Alert tone="warning">{bt('booking.heldNote')}</Alert>}
        <TicketCard booking={booking} />
        {booking.changeable && <ChangeBooking booking={booking} onChanged={onChanged} />}
        {booking.cancellable && (
          <Panel as="section" aria-labelledby="cancel-title">
            <h2 id="cancel-title" className={sectionTitleClass}>
              {bt('booking.cancel.section')}
            </h2>
            <CancelBooking
              bookingId={booking.id}
              feeCents={booking.cancellationFeeCents}
              onCancelled={(next) => onChanged(next, bt('booking.cancel.done'))}
            />
          </Panel>
        )}
      </div>
    </GuestPage>
  );
}
