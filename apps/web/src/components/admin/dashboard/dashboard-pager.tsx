import { Pager } from '../../shared/pager';
import { useDashboardT } from './messages';

/** Earlier / later pages of performances (limit/offset on the server), in the dashboard's words. */
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
  return (
    <Pager
      offset={page * size}
      limit={size}
      total={total}
      onOffset={(offset) => onPage(Math.floor(offset / size))}
      className="pt-1"
      labels={{
        nav: at('list.pages'),
        previous: at('list.previous'),
        next: at('list.next'),
        range: (first, last, all) =>
          at('list.range', { first: num(first), last: num(last), total: num(all) }),
      }}
    />
  );
}
