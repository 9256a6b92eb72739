// One page of bookings: a real table (a caption, column headers), each reference a link to the
// booking, a checkbox per row for the bulk actions. Secondary columns give way on a phone.
import { Link } from 'react-router';
import type { AdminBooking } from './api/use-bookings';
import { BookingStatusBadge } from './booking-status';
import { useBookingsT } from './messages';

const th = 'px-3 py-2 text-left text-xs font-medium text-mist';
const td = 'px-3 py-2.5 align-top';

export function BookingsTable({
  items,
  total,
  selected,
  onSelect,
}: {
  items: readonly AdminBooking[];
  total: number;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], checked: boolean) => void;
}) {
  const { at, when, money, locale, num } = useBookingsT();
  const allChecked = items.length > 0 && items.every((item) => selected.has(item.id));
  return (
    <div
      role="region"
      aria-label={at('list.caption', { total: num(total) })}
      tabIndex={0}
      className="overflow-x-auto rounded-md border border-white/10"
    >
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{at('list.caption', { total: num(total) })}</caption>
        <thead className="border-b border-white/10 bg-white/[0.03]">
          <tr>
            <th scope="col" className={`${th} w-10`}>
              <input
                type="checkbox"
                checked={allChecked}
                aria-label={at('list.selectAll')}
                onChange={(event) =>
                  onSelect(
                    items.map((item) => item.id),
                    event.target.checked,
                  )
                }
                className="size-4 accent-gold"
              />
            </th>
            <th scope="col" className={th}>
              {at('list.reference')}
            </th>
            <th scope="col" className={th}>
              {at('list.guest')}
            </th>
            <th scope="col" className={th}>
              {at('list.performance')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {at('list.party')}
            </th>
            <th scope="col" className={th}>
              {at('list.status')}
            </th>
            <th scope="col" className={`${th} hidden lg:table-cell`}>
              {at('list.source')}
            </th>
            <th scope="col" className={`${th} hidden text-right md:table-cell`}>
              {at('list.total')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5">
          {items.map((booking) => {
            const title =
              locale === 'fr' ? booking.performance.showTitleFr : booking.performance.showTitleEn;
            return (
              <tr key={booking.id} className={selected.has(booking.id) ? 'bg-gold/[0.06]' : ''}>
                <td className={td}>
                  <input
                    type="checkbox"
                    checked={selected.has(booking.id)}
                    aria-label={at('list.select', { reference: booking.reference })}
                    onChange={(event) => onSelect([booking.id], event.target.checked)}
                    className="size-4 accent-gold"
                  />
                </td>
                <td className={td}>
                  <Link
                    to={booking.id}
                    className="font-mono font-medium text-gold-bright underline-offset-4 hover:underline"
                  >
                    {booking.reference}
                  </Link>
                </td>
                <td className={`${td} max-w-56`}>
                  <p className="truncate text-cream">
                    {booking.contactName ?? (
                      <span className="text-mist italic">{at('list.noContact')}</span>
                    )}
                  </p>
                  <p className="truncate text-xs text-mist">
                    {booking.contactPhone ?? booking.contactEmail}
                  </p>
                </td>
                <td className={td}>
                  <p className="whitespace-nowrap text-cream tabular-nums">
                    {when(booking.performance.startsAt, {
                      weekday: 'short',
                      day: 'numeric',
                      month: 'short',
                      hour: '2-digit',
                      minute: '2-digit',
                    })}
                  </p>
                  <p className="truncate text-xs text-mist">{title}</p>
                </td>
                <td className={`${td} text-right text-cream tabular-nums`}>
                  {num(booking.partySize)}
                </td>
                <td className={td}>
                  <BookingStatusBadge status={booking.status} />
                </td>
                <td className={`${td} hidden text-mist lg:table-cell`}>
                  {at(`source.${booking.source}`)}
                </td>
                <td className={`${td} hidden text-right text-cream tabular-nums md:table-cell`}>
                  {money(booking.totalCents)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
