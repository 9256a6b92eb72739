import { buttonSecondary } from '../ui/classes';
import { useDashboardT } from './messages';

/** Earlier / later pages of performances (limit/offset on the server). */
export function DashboardPager({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { at, num } = useDashboardT();
  if (total <= size && page === 0) return null;
  const first = Math.min(total, page * size + 1);
  const last = Math.min(total, (page + 1) * size);
  return (
    <nav aria-label={at('list.pages')} className="flex items-center justify-between gap-3 pt-1">
      <button
        type="button"
        className={buttonSecondary}
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {at('list.previous')}
      </button>
      <p className="text-sm text-mist tabular-nums" aria-live="polite">
        {at('list.range', { first: num(first), last: num(last), total: num(total) })}
      </p>
      <button
        type="button"
        className={buttonSecondary}
        disabled={last >= total}
        onClick={() => onPage(page + 1)}
      >
        {at('list.next')}
      </button>
    </nav>
  );
}
