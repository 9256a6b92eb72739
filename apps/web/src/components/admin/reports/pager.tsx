import { buttonSecondary } from '../ui/classes';
import { useReportsT } from './messages';
import { PAGE } from './report-filters';

/** Previous / next page of a report (limit/offset on the server). */
export function Pager({
  page,
  total,
  onPage,
}: {
  page: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { at, num } = useReportsT();
  if (total <= PAGE && page === 0) return null;
  const first = Math.min(total, page * PAGE + 1);
  const last = Math.min(total, (page + 1) * PAGE);
  return (
    <nav
      aria-label={at('pager.label')}
      className="flex items-center justify-between gap-3 border-t border-white/10 p-3"
    >
      <button
        type="button"
        className={buttonSecondary}
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {at('pager.previous')}
      </button>
      <p className="text-sm text-mist tabular-nums" aria-live="polite">
        {at('pager.range', { first: num(first), last: num(last), total: num(total) })}
      </p>
      <button
        type="button"
        className={buttonSecondary}
        disabled={last >= total}
        onClick={() => onPage(page + 1)}
      >
        {at('pager.next')}
      </button>
    </nav>
  );
}
