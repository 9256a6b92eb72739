import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { usePerformancesT } from './messages';

const TONE = {
  on_sale: 'border-emerald-400/30 text-emerald-200',
  sold_out: 'border-amber-400/40 text-amber-200',
  cancelled: 'border-rose-400/40 text-rose-200',
  past: 'border-white/15 text-mist',
} as const;

/** The performance's state, and "sales stopped" beside it when they are. */
export function StatusPill({ performance }: { performance: AdminPerformance }) {
  const { at } = usePerformancesT();
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span
        className={`rounded-full border px-2 py-0.5 text-xs whitespace-nowrap ${TONE[performance.status]}`}
      >
        {at(`status.${performance.status}`)}
      </span>
      {performance.salesClosed && performance.status !== 'cancelled' && (
        <span className="rounded-full border border-amber-400/40 px-2 py-0.5 text-xs whitespace-nowrap text-amber-200">
          {at('salesStopped')}
        </span>
      )}
    </span>
  );
}

/** A zone's fill: sold (gold), held (lighter) over its capacity. */
export function ZoneBar({
  sold,
  held,
  capacity,
  label,
}: {
  sold: number;
  held: number;
  capacity: number;
  label: string;
}) {
  const pct = (n: number) => (capacity > 0 ? Math.min(100, (n / capacity) * 100) : 0);
  return (
    <span
      className="block h-1.5 w-full overflow-hidden rounded-full bg-white/10"
      role="img"
      aria-label={label}
    >
      <span className="flex h-full">
        <span className="h-full bg-gold" style={{ width: `${pct(sold)}%` }} />
        <span className="h-full bg-gold/40" style={{ width: `${pct(held)}%` }} />
      </span>
    </span>
  );
}
