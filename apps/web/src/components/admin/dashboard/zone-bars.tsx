import { useDashboardT } from './messages';
import { formatPercent } from './percent';
import type { DashboardPerformance } from './use-dashboard';

/**
 * One bar per zone: sold in gold, held (waiting for confirmation) striped after it. The words
 * beside each bar say the same for screen readers; the bar itself is decoration.
 */
export function ZoneBars({ zones }: { zones: DashboardPerformance['zones'] }) {
  const { at, num, locale } = useDashboardT();
  return (
    <ul className="space-y-2.5">
      {zones.map((zone) => {
        const share = (count: number) =>
          zone.capacity > 0 ? Math.min(100, (count / zone.capacity) * 100) : 0;
        const sold = share(zone.sold);
        const held = Math.min(100 - sold, share(zone.held));
        return (
          <li key={zone.zoneId} className="text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="text-cream">{locale === 'fr' ? zone.nameFr : zone.nameEn}</span>
              <span className="text-xs text-mist tabular-nums">
                {at('perf.zoneFill', { sold: num(zone.sold), capacity: num(zone.capacity) })}
                {zone.held > 0 && <> · {at('perf.zoneHeld', { held: num(zone.held) })}</>}
                {' · '}
                <span className="font-medium text-cream">
                  {formatPercent(locale, zone.fillRate)}
                </span>
              </span>
            </div>
            <div
              aria-hidden="true"
              className="mt-1 flex h-2 overflow-hidden rounded-full bg-white/10"
            >
              <div
                className={zone.fillRate >= 1 ? 'bg-rose-300' : 'bg-gold'}
                style={{ width: `${sold}%` }}
              />
              <div className="bg-gold/40" style={{ width: `${held}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
