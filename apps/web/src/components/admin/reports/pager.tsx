import { Pager as ListPager } from '../../shared/pager';
import { useReportsT } from './messages';
import { PAGE } from './report-filters';

/** Previous / next page of a report (limit/offset on the server), in the reports' words. */
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
  return (
    <ListPager
      offset={page * PAGE}
      limit={PAGE}
      total={total}
      onOffset={(offset) => onPage(Math.floor(offset / PAGE))}
      className="border-t border-white/10 p-3"
      labels={{
        nav: at('pager.label'),
        previous: at('pager.previous'),
        next: at('pager.next'),
        range: (first, last, all) =>
          at('pager.range', { first: num(first), last: num(last), total: num(all) }),
      }}
    />
  );
}
