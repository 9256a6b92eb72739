// /admin/bookings/new: a booking taken on the phone, in one keyboard-fast form — show, then
// performance, then guests per formula and zone (places left and prices shown), extras, contact.
// The engine holds and confirms it at once (source "phone", paid at the venue). A retried submit
// carries the same idempotency key, so a double Enter never makes two bookings.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { PageHeader } from '../ui/page-header';
import { useShows } from './api/use-catalogue';
import { useBookingsT } from './messages';
import { PhoneBookingForm, type PhoneBookingCreated } from './phone-booking-form';
import { SelectField } from '../../shared/field';
import { Button, ButtonLink } from '../../shared/button';
import { panelClass } from '../../shared/panel-class';

export function PhoneBookingPage() {
  const { at, money, num, locale } = useBookingsT();
  const shows = useShows();
  const [showId, setShowId] = useState('');
  const [created, setCreated] = useState<PhoneBookingCreated | null>(null);
  const [round, setRound] = useState(0);
  const showSelect = useRef<HTMLSelectElement>(null);
  const done = useRef<HTMLDivElement>(null);

  // One show on sale: chosen already, the first field is then the performance.
  const chosenShow = showId || (shows.data?.length === 1 ? shows.data[0]!.id : '');
  useEffect(() => {
    if (created) done.current?.focus();
  }, [created]);

  function another() {
    setCreated(null);
    setRound((current) => current + 1);
    window.setTimeout(() => showSelect.current?.focus());
  }

  return (
    <div className="space-y-4">
      <Link
        to=".."
        relative="path"
        className="text-sm text-gold-bright underline-offset-4 hover:underline"
      >
        ← {at('detail.back')}
      </Link>
      <PageHeader eyebrow={at('phone.eyebrow')} title={at('phone.title')} lead={at('phone.lead')} />
      {created ? (
        <div
          ref={done}
          tabIndex={-1}
          role="status"
          className={`${panelClass({ padded: false })} space-y-3 border-emerald-400/30 p-5 focus:outline-none`}
        >
          <p className="text-lg text-cream">
            {at('phone.done', {
              reference: created.state.reference,
              party: num(created.state.partySize),
              total: money(created.state.totalCents),
            })}
          </p>
          <p className={created.emailedTo ? 'text-sm text-mist' : 'text-sm text-amber-200'}>
            {created.emailedTo
              ? at('phone.emailed', { email: created.emailedTo })
              : at('phone.notEmailed', { reference: created.state.reference })}
          </p>
          <div className="flex flex-wrap gap-2">
            <ButtonLink variant="primary" to={`../${created.state.bookingId}`} relative="path">
              {at('phone.open')}
            </ButtonLink>
            <Button onClick={another}>{at('phone.another')}</Button>
          </div>
        </div>
      ) : (
        <div className={`${panelClass({ padded: false })} space-y-5 p-4 sm:p-5`}>
          {shows.error && <QueryError error={shows.error} onRetry={shows.reload} />}
          {shows.loading ? (
            <Loading lines={2} />
          ) : (
            <SelectField
              label={at('phone.show')}
              className="max-w-md"
              ref={showSelect}
              autoFocus
              value={chosenShow}
              onChange={(event) => setShowId(event.target.value)}
            >
              <option value="">{at('phone.choose')}</option>
              {shows.data?.map((show) => (
                <option key={show.id} value={show.id}>
                  {locale === 'fr' ? show.titleFr : show.titleEn}
                </option>
              ))}
            </SelectField>
          )}
          {chosenShow && (
            <PhoneBookingForm
              key={`${chosenShow}-${round}`}
              showId={chosenShow}
              onCreated={setCreated}
            />
          )}
        </div>
      )}
    </div>
  );
}
