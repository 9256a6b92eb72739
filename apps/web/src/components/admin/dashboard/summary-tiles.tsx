import { useHasRole } from '../ui/use-has-role';
import { useDashboardT } from './messages';
import { MONEY_ROLES } from './money-roles';
import { formatPercent } from './percent';
import type { DashboardPerformance } from './use-dashboard';

/** The figures of the performances shown, added up. */
export function SummaryTiles({ performances }: { performances: DashboardPerformance[] }) {
  const { at, num, money, locale } = useDashboardT();
  const seesMoney = useHasRole(MONEY_ROLES);
  const zones = performances.flatMap((performance) => performance.zones);
  const sold = zones.reduce((sum, zone) => sum + zone.sold, 0);
  const capacity = zones.reduce((sum, zone) => sum + zone.capacity, 0);
  const revenue = performances.reduce<number | undefined>(
    (sum, performance) =>
      performance.revenueCents === undefined ? sum : (sum ?? 0) + performance.revenueCents,
    undefined,
  );
  const tiles = [
    { label: at('summary.performances'), value: num(performances.length) },
    { label: at('summary.guests'), value: num(sold) },
    { label: at('summary.fill'), value: formatPercent(locale, capacity > 0 ? sold / capacity : 0) },
    ...(seesMoney && revenue !== undefined
      ? [{ label: at('summary.revenue'), value: money(revenue) }]
      : []),
  ];
  return (
    <section aria-label={at('summary.label')}>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-md border border-white/10 bg-ink px-4 py-3">
            <dt className="text-xs text-mist">{tile.label}</dt>
            <dd className="mt-1 font-display text-2xl text-cream tabular-nums">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-mist">{at('summary.pageNote')}</p>
    </section>
  );
}
