import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { useKeptData } from '../ui/use-kept-data';
import { useReportsT } from './messages';
import { Pager } from './pager';
import type { ReportFilters } from './report-filters';
import { useSalesReport, type SalesReport } from './use-reports';
import { panelClass } from '../../shared/panel-class';
import { ScrollArea } from '../../shared/scroll-area';

const thBase = 'px-3 py-2 text-xs font-medium whitespace-nowrap text-mist';
export const th = `${thBase} text-right`;
export const thFirst = `${thBase} w-full text-left`;
export const td = 'px-3 py-2 text-right whitespace-nowrap tabular-nums';
/** Columns a phone leaves out (the CSV has them all). */
export const wide = 'hidden md:table-cell';

type Figures = SalesReport['totals'];

export function SalesTable({
  filters,
  onPage,
}: {
  filters: ReportFilters;
  onPage: (page: number) => void;
}) {
  const { at, money, num, when } = useReportsT();
  const report = useSalesReport(filters);
  const data = useKeptData(report.data);
  // The rows' own grouping: while another one loads, the last rows stay with their labels.
  const group = data?.groupBy ?? filters.group;
  const day = (iso: string, options: Intl.DateTimeFormatOptions) =>
    when(`${iso}T12:00:00Z`, options);
  const rowLabel = (row: SalesReport['items'][number]) => {
    if (group === 'day')
      return day(row.key, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    if (group === 'week')
      return at('sales.weekOf', {
        day: day(row.key, { day: 'numeric', month: 'short', year: 'numeric' }),
      });
    if (group === 'month') return day(row.key, { month: 'long', year: 'numeric' });
    return row.label;
  };
  const figures = (row: Figures) => (
    <>
      <td className={td}>{num(row.bookings)}</td>
      <td className={td}>{num(row.guests)}</td>
      <td className={`${td} ${wide}`}>{money(row.ticketsCents)}</td>
      <td className={`${td} ${wide}`}>{money(row.extrasCents)}</td>
      <td className={`${td} font-medium text-cream`}>{money(row.revenueCents)}</td>
    </>
  );
  const range = {
    from: day(data?.from ?? filters.from, { day: 'numeric', month: 'short', year: 'numeric' }),
    to: day(data?.to ?? filters.to, { day: 'numeric', month: 'short', year: 'numeric' }),
  };

  return (
    <div className={`${panelClass({ padded: false })} overflow-hidden`} aria-busy={report.fetching}>
      {report.error && (
        <div className="p-3">
          <QueryError error={report.error} onRetry={report.reload} />
        </div>
      )}
      {report.loading && !data && (
        <div className="px-4 py-3">
          <Loading lines={6} />
        </div>
      )}
      {data && data.total === 0 && (
        <div className="p-3">
          <EmptyState>{at('sales.empty')}</EmptyState>
        </div>
      )}
      {data && data.total > 0 && (
        <ScrollArea label={at('tabs.sales')}>
          <table className="w-full text-sm text-mist">
            <caption className="px-3 pt-3 pb-1 text-left text-sm text-mist">
              {at('sales.caption', { group: at(`sales.group.${group}`).toLowerCase(), ...range })}
            </caption>
            <thead className="border-b border-white/10 bg-white/[0.02]">
              <tr>
                <th scope="col" className={thFirst}>
                  {at(`sales.group.${group}`)}
                </th>
                <th scope="col" className={th}>
                  {at('sales.bookings')}
                </th>
                <th scope="col" className={th}>
                  {at('sales.guests')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {at('sales.tickets')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {at('sales.extras')}
                </th>
                <th scope="col" className={th}>
                  {at('sales.revenue')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5">
              {data.items.map((row) => (
                <tr key={row.key} className="hover:bg-white/[0.03]">
                  <th scope="row" className="px-3 py-2 text-left font-normal text-cream">
                    {rowLabel(row)}
                  </th>
                  {figures(row)}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-white/15 bg-white/[0.02]">
              <tr>
                <th scope="row" className="px-3 py-2 text-left font-semibold text-cream">
                  {at('sales.total')}
                </th>
                {figures(data.totals)}
              </tr>
            </tfoot>
          </table>
          {(group === 'zone' || group === 'formula') && (
            <p className="px-3 pb-2 text-xs text-mist">{at('sales.extrasNote')}</p>
          )}
        </ScrollArea>
      )}
      {data && <Pager page={filters.page} total={data.total} onPage={onPage} />}
    </div>
  );
}
