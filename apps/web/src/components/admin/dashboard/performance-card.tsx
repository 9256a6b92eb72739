// One performance on the dashboard: when, what, its state; fill per zone, covers per formula,
// arrivals per quarter hour, revenue (not for the door); links to its room, bookings, kitchen.
import { Link } from 'react-router';
import { AREA_ROLES } from '../areas';
import { parisDay } from '../ui/paris-day';
import { useHasRole } from '../ui/use-has-role';
import { useDashboardT } from './messages';
import { MONEY_ROLES } from './money-roles';
import type { DashboardPerformance } from './use-dashboard';
import { ZoneBars } from './zone-bars';
import { panelClass } from '../../shared/panel-class';

const sectionTitle = 'mb-2 text-xs font-semibold tracking-wide text-mist uppercase';
const link =
  'inline-flex min-h-10 items-center rounded-md border border-white/15 px-3 text-sm text-cream hover:border-gold/60 hover:text-gold-bright';

export function PerformanceCard({ performance }: { performance: DashboardPerformance }) {
  const { at, when, num, money, locale } = useDashboardT();
  const seesMoney = useHasRole(MONEY_ROLES);
  const reachesBookings = useHasRole(AREA_ROLES.bookings);
  const reachesKitchen = useHasRole(AREA_ROLES.kitchen);
  const title = locale === 'fr' ? performance.showTitleFr : performance.showTitleEn;
  const tonight = parisDay(performance.startsAt) === parisDay();
  const headingId = `performance-${performance.id}`;
  const query = `?performance=${encodeURIComponent(performance.id)}`;
  const coversTotal = performance.covers.reduce((sum, cover) => sum + cover.guests, 0);

  return (
    <article aria-labelledby={headingId} className={`${panelClass({ padded: false })} p-4 sm:p-5`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 text-sm text-mist">
            <time dateTime={performance.startsAt} className="tabular-nums">
              {when(performance.startsAt, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                hour: '2-digit',
                minute: '2-digit',
              })}
            </time>
            {tonight && (
              <span className="rounded-sm bg-gold px-1.5 py-0.5 text-[0.7rem] font-semibold text-night uppercase">
                {at('perf.tonight')}
              </span>
            )}
            <span className="text-xs">{at(`perf.status.${performance.status}`)}</span>
            {performance.salesClosed && performance.status === 'on_sale' && (
              <span className="text-xs text-rose-200">· {at('perf.salesClosed')}</span>
            )}
          </p>
          <h3 id={headingId} className="mt-1 font-display text-xl text-cream">
            {title}
          </h3>
        </div>
        {seesMoney && performance.revenueCents !== undefined && (
          <p className="text-right">
            <span className="block text-xs text-mist">{at('perf.revenue')}</span>
            <span className="font-display text-xl text-gold-bright tabular-nums">
              {money(performance.revenueCents)}
            </span>
          </p>
        )}
      </header>

      <div className="mt-4 grid gap-5 md:grid-cols-2 xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-label={at('perf.zones')}>
          <h4 className={sectionTitle}>{at('perf.zones')}</h4>
          <ZoneBars zones={performance.zones} />
        </section>
        <section aria-label={at('perf.covers')}>
          <h4 className={sectionTitle}>{at('perf.covers')}</h4>
          {performance.covers.length === 0 ? (
            <p className="text-sm text-mist">{at('perf.noCovers')}</p>
          ) : (
            <dl className="space-y-1 text-sm">
              {performance.covers.map((cover) => (
                <div key={cover.formulaId} className="flex justify-between gap-3">
                  <dt className="text-mist">{locale === 'fr' ? cover.nameFr : cover.nameEn}</dt>
                  <dd className="text-cream tabular-nums">{num(cover.guests)}</dd>
                </div>
              ))}
              <div className="flex justify-between gap-3 border-t border-white/10 pt-1 font-medium">
                <dt className="text-cream">{at('summary.guests')}</dt>
                <dd className="text-cream tabular-nums">{num(coversTotal)}</dd>
              </div>
            </dl>
          )}
        </section>
        <section aria-label={at('perf.arrivals')}>
          <h4 className={sectionTitle}>{at('perf.arrivals')}</h4>
          {performance.arrivals.length === 0 ? (
            <p className="text-sm text-mist">{at('perf.noArrivals')}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {performance.arrivals.map((slot) => (
                <li key={slot.at} className="flex justify-between gap-3">
                  <time dateTime={slot.at} className="text-mist tabular-nums">
                    {when(slot.at, { hour: '2-digit', minute: '2-digit' })}
                  </time>
                  <span className="text-cream tabular-nums">
                    {at('perf.arrivalSlot', { guests: num(slot.guests) })}
                    {slot.checkedIn > 0 && (
                      <span className="ml-2 text-xs text-mist">
                        {at('perf.checkedIn', { count: num(slot.checkedIn) })}
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div role="group" aria-label={at('perf.linksLabel')} className="mt-4 flex flex-wrap gap-2">
        <Link to={`/admin/room${query}`} className={link}>
          {at('perf.room')}
        </Link>
        {reachesBookings && (
          <Link to={`/admin/bookings${query}`} className={link}>
            {at('perf.bookings')}
          </Link>
        )}
        {reachesKitchen && (
          <Link to={`/admin/kitchen${query}`} className={link}>
            {at('perf.kitchen')}
          </Link>
        )}
      </div>
    </article>
  );
}
