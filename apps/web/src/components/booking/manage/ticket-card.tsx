// The ticket: the show, the evening, the party, the QR to show at the door, and its files.
import { useState } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { errorMessage } from '../../../lib/api/error-message';
import { downloadFile } from '../../../lib/download-file';
import { Alert } from '../../shared/alert';
import { Button, ButtonLink } from '../../shared/button';
import { eyebrowClass } from '../../shared/heading-class';
import { panelClass } from '../../shared/panel-class';
import { fetchTicketFile } from '../api/booking-api';
import type { BookingView } from '../api/types';
import { BookingTerms } from '../ui/booking-terms';
import { ShowPoster } from '../ui/show-poster';
import { TicketQr } from './ticket-qr';

export function TicketCard({ booking }: { booking: BookingView }) {
  const { t, bt, locale, when, money } = useBookingT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'pdf' | 'ics' | null>(null);
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const { show } = booking.performance;
  const title = locale === 'fr' ? show.titleFr : show.titleEn;
  const time = (iso: string) => when(iso, { hour: '2-digit', minute: '2-digit' });
  const cancelled = booking.status === 'cancelled';
  const arrival = booking.lines
    .map((line) => line.arrivalTime)
    .sort()
    .at(0);

  async function download(kind: 'pdf' | 'ics') {
    setError(null);
    setBusy(kind);
    try {
      const blob = await fetchTicketFile(booking.id, kind, locale);
      downloadFile(blob, `la-diva-${booking.reference}.${kind}`);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(null);
    }
  }

  const row = 'flex justify-between gap-4 py-2';
  return (
    <article
      aria-labelledby="ticket-title"
      className={`${panelClass({ tone: 'raised', padded: false })} overflow-hidden`}
    >
      <div className="grid sm:grid-cols-[11rem_1fr]">
        <ShowPoster slug={show.slug} title={title} className="hidden rounded-none sm:block" />
        <div className="p-5 sm:p-6">
          <p className={eyebrowClass}>{bt(`status.${booking.status}`)}</p>
          <h2 id="ticket-title" className="mt-2 font-display text-3xl text-cream">
            {title}
          </h2>
          <p className="mt-1 text-cream first-letter:uppercase">
            {when(booking.performance.startsAt, {
              weekday: 'long',
              day: 'numeric',
              month: 'long',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
            })}
          </p>
          {arrival && (
            <p className="text-sm text-mist">{bt('booking.arrival', { time: time(arrival) })}</p>
          )}
          <p className="mt-4 text-sm text-mist">
            {bt('booking.reference')}{' '}
            <span className="font-mono text-lg tracking-[0.2em] text-gold-bright">
              {booking.reference}
            </span>
          </p>
        </div>
      </div>

      {booking.ticket && (
        <div className="border-t border-dashed border-gold/30 bg-cream px-5 py-6 text-center text-night">
          <h3 className="text-xs font-semibold tracking-[0.3em] uppercase">
            {bt('booking.ticket')}
          </h3>
          <TicketQr
            token={booking.ticket.token}
            label={bt('booking.qrAlt', { reference: booking.reference })}
          />
          <p className="mx-auto mt-2 max-w-xs text-sm">{bt('booking.qrHint')}</p>
        </div>
      )}

      <div className="border-t border-white/10 p-5 sm:p-6">
        <dl className="divide-y divide-white/10 text-sm">
          {booking.lines.map((line) => (
            <div key={`${line.formulaId}:${line.zoneId}`} className={row}>
              <dt className="text-cream">
                {bt('flow.review.line', {
                  guests: line.guests,
                  formula: name({ nameFr: line.formulaNameFr, nameEn: line.formulaNameEn }),
                  zone: name({ nameFr: line.zoneNameFr, nameEn: line.zoneNameEn }),
                })}
              </dt>
              <dd className="text-cream tabular-nums">
                {money(line.unitPriceCents * line.guests)}
              </dd>
            </div>
          ))}
          {booking.extras.map((extra) => (
            <div key={extra.extraId} className={row}>
              <dt className="text-cream">
                {bt('flow.review.extra', { quantity: extra.quantity, name: name(extra) })}
              </dt>
              <dd className="text-cream tabular-nums">
                {money(extra.unitPriceCents * extra.quantity)}
              </dd>
            </div>
          ))}
          {booking.tables.length > 0 && (
            <div className={row}>
              <dt className="text-mist">{bt('booking.tables')}</dt>
              <dd className="text-cream">{booking.tables.join(', ')}</dd>
            </div>
          )}
          {cancelled ? (
            // Nothing is owed for a cancelled booking but its fee, if any.
            <div className={row}>
              <dt className="font-semibold text-cream">{bt('booking.due')}</dt>
              <dd className="font-display text-2xl text-gold-bright tabular-nums">
                {money(booking.cancellationFeeCents)}
              </dd>
            </div>
          ) : (
            <div className={row}>
              <dt className="font-semibold text-cream">
                {bt('booking.total')}
                <span className="block text-xs font-normal text-mist">
                  {bt('booking.payAtVenue')}
                </span>
              </dt>
              <dd className="font-display text-2xl text-gold-bright tabular-nums">
                {money(booking.totalCents)}
              </dd>
            </div>
          )}
        </dl>
        <BookingTerms
          className="mt-4"
          rules={booking.cancellationRules}
          totalCents={booking.totalCents}
          status={booking.status}
          owedCents={booking.cancellationFeeCents}
          closed={!booking.cancellable && !booking.changeable}
        />
        {(cancelled || booking.status === 'expired') && (
          <ButtonLink to={`/shows/${show.slug}#dates`} variant="primary" className="mt-5">
            {bt('booking.bookAgain')}
          </ButtonLink>
        )}
        {booking.ticket && (
          <div className="mt-5 grid gap-3 sm:grid-cols-2">
            <Button disabled={busy !== null} onClick={() => void download('pdf')}>
              {bt('booking.pdf')}
            </Button>
            <Button disabled={busy !== null} onClick={() => void download('ics')}>
              {bt('booking.ics')}
            </Button>
          </div>
        )}
        <Alert tone="error" className="mt-4">
          {error}
        </Alert>
      </div>
    </article>
  );
}
