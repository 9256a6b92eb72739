// Earlier / later pages of a list paginated on the server (limit + offset, with the total). The
// words come from the page that uses it, so each area keeps its own catalogue.
import { Button } from './button';

export interface PagerLabels {
  /** The navigation's name, e.g. "Pages des réservations". */
  nav: string;
  previous: string;
  next: string;
  /** "21–40 sur 132", already formatted. */
  range: (first: number, last: number, total: number) => string;
}

export function Pager({
  offset,
  limit,
  total,
  onOffset,
  labels,
  className = 'pt-3',
}: {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
  labels: PagerLabels;
  /** Spacing around it (the list's own frame decides). */
  className?: string;
}) {
  if (total <= limit && offset === 0) return null;
  const first = Math.min(total, offset + 1);
  const last = Math.min(total, offset + limit);
  return (
    <nav
      aria-label={labels.nav}
      className={`flex items-center justify-between gap-3 print:hidden ${className}`}
    >
      <Button disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {labels.previous}
      </Button>
      <p className="text-sm text-mist tabular-nums" aria-live="polite">
        {labels.range(first, last, total)}
      </p>
      <Button disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        {labels.next}
      </Button>
    </nav>
  );
}
