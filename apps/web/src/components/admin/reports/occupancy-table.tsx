import { INTL_LOCALE } from '../../../lib/i18n/locale';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { useKeptData } from '../ui/use-kept-data';
import { useReportsT } from './messages';
import { Pager } from './pager';
import type { ReportFilters } from './report-filters';
import { td, th, thFirst, wide } from './sales-table';
import { useOccupancyReport, type OccupancyReport } from './use-reports';
import { panelClass } from '../../shared/panel-class';
import { ScrollArea } from '../../shared/scroll-area';

type Row = OccupancyReport['items'][number];
const SUMMED = ['capacity', 'held', 'sold', 'checkedIn', 'noShow'] as const;

export function OccupancyTable({
  filters,
  onPage,
}: {
  filters: ReportFilters;
  onPage: (page: number) => void;
}) {
  const { at, num, when, locale } = useReportsT();
  const report = useOccupancyReport(filters);
  const data = useKeptData(report.data);
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const day = (iso: string) =>
    when(`${iso}T12:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric' });
  const sums = Object.fromEntries(
    SUMMED.map((key) => [key, (data?.items ?? []).reduce((sum, row) => sum + row[key], 0)]),
  ) as Record<(typeof SUMMED)[number], number>;
  const whole = data !== undefined && data.items.length === data.total;

  const figures = (row: Pick<Row, (typeof SUMMED)[number]>, rate: number) => (
    <>
      <td className={td}>{num(row.capacity)}</td>
      <td className={`${td} text-cream`}>{num(row.sold)}</td>
      <td className={`${td} ${wide}`}>{num(row.held)}</td>
      <td className={`${td} ${wide}`}>{num(row.checkedIn)}</td>
      <td className={`${td} ${wide}`}>{num(row.noShow)}</td>
      <td className={td}>
        <span className="inline-flex items-center gap-2">
          <span
            aria-hidden="true"
            className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-white/10 sm:block"
          >
            <span
              className="block h-full bg-gold"
              style={{ width: `${Math.min(100, rate * 100)}%` }}
            />
          </span>
          <span className="w-10 font-medium text-cream">{percent.format(rate)}</span>
        </span>
      </td>
    </>
  );

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
          <EmptyState>{at('occupancy.empty')}</EmptyState>
        </div>
      )}
      {data && data.total > 0 && (
        <ScrollArea label={at('tabs.occupancy')}>
          <table className="w-full text-sm text-mist">
            <caption className="px-3 pt-3 pb-1 text-left text-sm text-mist">
              {at('occupancy.caption', { from: day(data.from), to: day(data.to) })}
            </caption>
            <thead className="border-b border-white/10 bg-white/[0.02]">
              <tr>
                <th scope="col" className={thFirst}>
                  {at('occupancy.performance')}
                </th>
                <th scope="col" className={th}>
                  {at('occupancy.capacity')}
                </th>
                <th scope="col" className={th}>
                  {at('occupancy.sold')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {at('occupancy.held')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {at('occupancy.checkedIn')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {at('occupancy.noShow')}
                </th>
                <th scope="col" className={th}>
                  {at('occupancy.rate')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5">
              {data.items.map((row) => (
                <tr key={row.performanceId} className="hover:bg-white/[0.03]">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <span className="block text-cream">{row.showTitleFr}</span>
                    <span className="block text-xs text-mist tabular-nums">
                      <time dateTime={row.startsAt}>
                        {when(row.startsAt, {
                          weekday: 'short',
                          day: 'numeric',
                          month: 'short',
                          year: 'numeric',
                          hour: '2-digit',
                          minute: '2-digit',
                        })}
                      </time>
                      {row.status !== 'past' && <> · {at(`status.${row.status}`)}</>}
                    </span>
                  </th>
                  {figures(row, row.occupancy)}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-white/15 bg-white/[0.02]">
              <tr>
                <th scope="row" className="px-3 py-2 text-left font-semibold text-cream">
                  {whole ? at('occupancy.total') : at('occupancy.pageTotal')}
                </th>
                {figures(sums, sums.capacity > 0 ? sums.sold / sums.capacity : 0)}
              </tr>
            </tfoot>
          </table>
        </ScrollArea>
      )}
      {data && <Pager page={filters.page} total={data.total} onPage={onPage} />}
    </div>
  );
}
