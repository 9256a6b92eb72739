// The signed-in guest's bookings, newest evening first, each opening its booking page.
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useBookingT } from '../../hooks/use-booking-t';
import { AccountSection } from './account-layout';
import { listMyBookings } from './api/my-bookings-api';
import { useLoad } from '../../hooks/use-load';
import { Loading, Skeleton } from '../shared/loading';
import { TextLink } from '../shared/text-link';
import { LoadFailed } from '../shared/load-failed';

export function MyBookings() {
  const { bt, locale, when, money } = useBookingT();
  const fetcher = useCallback((signal: AbortSignal) => listMyBookings(signal), []);
  const { data, error, loading, reload } = useLoad(fetcher);
  const items = [...(data?.items ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <AccountSection id="bookings-title" title={bt('accountBookings.title')}>
      <div aria-busy={loading}>
        {loading && !data ? (
          <Loading className="space-y-2">
            <Skeleton pulse={false} className="h-16 rounded-xl" />
            <Skeleton pulse={false} className="h-16 rounded-xl" />
          </Loading>
        ) : error ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : items.length === 0 ? (
          <p className="text-sm text-mist">
            {bt('accountBookings.empty')}{' '}
            <TextLink to="/#revues">{bt('accountBookings.browse')}</TextLink>
          </p>
        ) : (
          <ul className="space-y-2">
            {items.map((item) => (
              <li key={item.id}>
                <Link
                  to={`/bookings/${item.id}`}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-xl border border-white/10 bg-night/60 p-4 hover:border-gold/50"
                >
                  <span>
                    <span className="block font-display text-lg text-cream">
                      {locale === 'fr' ? item.showTitleFr : item.showTitleEn}
                    </span>
                    <span className="block text-sm text-mist first-letter:uppercase">
                      {when(item.startsAt, { dateStyle: 'full', timeStyle: 'short' })} ·{' '}
                      {bt('accountBookings.party', { count: item.partySize })}
                    </span>
                  </span>
                  <span className="text-right text-sm">
                    <span className="block font-mono tracking-widest text-gold-bright">
                      {item.reference}
                    </span>
                    <span className="block text-mist">
                      {bt(`status.${item.status}`)} · {money(item.totalCents)}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </AccountSection>
  );
}
