// /admin/bookings/:id: everything about one booking — lines, extras, guests' menus and diets,
// tables, history — and what staff do to it: change, cancel, no-show, notes.
import { useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { useBooking, type AdminBookingDetail } from './api/use-booking';
import { BookingActions } from './booking-actions';
import { BookingHistory } from './booking-history';
import { BookingNotes } from './booking-notes';
import { BookingStatusBadge } from './booking-status';
import { ChangeBookingForm } from './change-booking-form';
import { useBookingsT } from './messages';
import { ContactLinks } from './contact-links';
import { panelClass } from '../../shared/panel-class';
import { eyebrowClass } from '../../shared/heading-class';
import { Button } from '../../shared/button';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={`${panelClass({ padded: false })} p-4`}>
      <h2 className={`${eyebrowClass} mb-3`}>{title}</h2>
      {children}
    </section>
  );
}

/** `wide`: both columns on a phone (the contact's links need the room). */
function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`min-w-0 ${wide ? 'col-span-2 sm:col-span-1' : ''}`}>
      <dt className="text-xs text-mist">{term}</dt>
      <dd className="mt-0.5 break-words text-sm text-cream">{children}</dd>
    </div>
  );
}

export function BookingDetailPage() {
  const { id } = useParams();
  const { at } = useBookingsT();
  const booking = useBooking(id);
  return (
    <div className="space-y-4">
      <Link
        to=".."
        relative="path"
        className="text-sm text-gold-bright underline-offset-4 hover:underline"
      >
        ← {at('detail.back')}
      </Link>
      {booking.error && booking.error.code === 'NOT_FOUND' ? (
        <EmptyState>{at('detail.notFound')}</EmptyState>
      ) : booking.error ? (
        <QueryError error={booking.error} onRetry={booking.reload} />
      ) : booking.data ? (
        <BookingDetail booking={booking.data} />
      ) : (
        <Loading lines={8} />
      )}
    </div>
  );
}

function BookingDetail({ booking }: { booking: AdminBookingDetail }) {
  const { at, when, money, num, locale } = useBookingsT();
  const [changing, setChanging] = useState(false);
  const [announce, setAnnounce] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const title = locale === 'fr' ? booking.performance.showTitleFr : booking.performance.showTitleEn;
  const changeable = booking.status === 'confirmed' || booking.status === 'held';

  function done(message: string) {
    setChanging(false);
    setAnnounce(message);
    status.current?.focus();
  }

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('detail.title', { reference: booking.reference })}
        lead={booking.contactName ?? undefined}
        actions={<BookingStatusBadge status={booking.status} />}
      />
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        className="text-sm text-emerald-200 empty:hidden focus:outline-none"
      >
        {announce}
      </p>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <Section title={at('detail.summary')}>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3">
              <Fact term={at('detail.performance')}>
                {when(booking.performance.startsAt, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  hour: '2-digit',
                  minute: '2-digit',
                })}
                <span className="block text-xs text-mist">{title}</span>
              </Fact>
              <Fact term={at('detail.party')}>{num(booking.partySize)}</Fact>
              <Fact term={at('detail.total')}>
                {money(booking.totalCents)}
                {booking.source === 'phone' && (
                  <span className="block text-xs text-mist">{at('detail.payAtVenue')}</span>
                )}
              </Fact>
              <Fact term={at('detail.contact')} wide>
                {booking.contactName ?? '—'}
                <ContactLinks
                  email={booking.contactEmail}
                  phone={booking.contactPhone}
                  customerId={booking.customerId}
                />
              </Fact>
              <Fact term={at('detail.source')}>{at(`source.${booking.source}`)}</Fact>
              <Fact term={at('detail.created')}>
                {when(booking.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </Fact>
              {booking.occasion && <Fact term={at('detail.occasion')}>{booking.occasion}</Fact>}
            </dl>
          </Section>

          <Section title={at('detail.lines')}>
            <div>
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-xs text-mist">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {at('detail.formula')}
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {at('detail.zone')}
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right font-medium">
                      {at('detail.guests')}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {at('detail.unitPrice')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {booking.lines.map((line) => (
                    <tr key={`${line.formulaId}-${line.zoneId}`} className="text-cream">
                      <td className="py-1 pr-3">
                        {name({ nameFr: line.formulaNameFr, nameEn: line.formulaNameEn })}
                      </td>
                      <td className="py-1 pr-3">
                        {name({ nameFr: line.zoneNameFr, nameEn: line.zoneNameEn })}
                      </td>
                      <td className="py-1 pr-3 text-right tabular-nums">{num(line.guests)}</td>
                      <td className="py-1 text-right tabular-nums">{money(line.unitPriceCents)}</td>
                    </tr>
                  ))}
                  {booking.extras.map((extra) => (
                    <tr key={extra.extraId} className="text-cream">
                      <td className="py-1 pr-3" colSpan={2}>
                        {name(extra)}
                      </td>
                      <td className="py-1 pr-3 text-right tabular-nums">{num(extra.quantity)}</td>
                      <td className="py-1 text-right tabular-nums">
                        {money(extra.unitPriceCents)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="mt-4 flex flex-wrap gap-2">
              {changeable && !changing && (
                <Button onClick={() => setChanging(true)}>{at('change.button')}</Button>
              )}
              <BookingActions booking={booking} onDone={done} />
            </div>
            {changing && (
              <div className="mt-4">
                <ChangeBookingForm
                  booking={booking}
                  onClose={() => setChanging(false)}
                  onDone={done}
                />
              </div>
            )}
          </Section>

          <Section title={at('detail.menus')}>
            {booking.guests.some((guest) => guest.menuChoice || guest.dietaryNotes) ? (
              <ul className="grid gap-2 sm:grid-cols-2">
                {booking.guests.map((guest, index) =>
                  guest.menuChoice || guest.dietaryNotes ? (
                    <li key={index} className="rounded bg-white/[0.04] px-3 py-2 text-sm">
                      <p className="text-xs text-mist">{at('detail.guestN', { n: index + 1 })}</p>
                      {guest.menuChoice && (
                        <p className="text-cream">
                          {at('detail.menu')} : {guest.menuChoice}
                        </p>
                      )}
                      {guest.dietaryNotes && (
                        <p className="text-amber-200">
                          {at('detail.dietary')} : {guest.dietaryNotes}
                        </p>
                      )}
                    </li>
                  ) : null,
                )}
              </ul>
            ) : (
              <p className="text-sm text-mist">{at('detail.noMenus')}</p>
            )}
          </Section>

          <Section title={at('detail.tables')}>
            {booking.tables.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {booking.tables.map((table) => (
                  <li
                    key={table.tableId}
                    className="rounded-full bg-gold/15 px-3 py-1 text-sm text-gold-bright"
                  >
                    {at('detail.tableGuests', { label: table.label, guests: num(table.guests) })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-mist">{at('detail.noTables')}</p>
            )}
            <Link
              to={`/admin/room?performance=${booking.performance.id}`}
              className="mt-3 inline-block text-sm text-gold-bright underline-offset-4 hover:underline"
            >
              {at('detail.toRoom')}
            </Link>
          </Section>
        </div>

        <div className="space-y-4">
          <Section title={at('notes.title')}>
            <BookingNotes bookingId={booking.id} />
          </Section>
          <Section title={at('history.title')}>
            <BookingHistory events={booking.history} />
          </Section>
        </div>
      </div>
    </>
  );
}
