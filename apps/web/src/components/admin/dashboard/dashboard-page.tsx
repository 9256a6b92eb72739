// /admin/dashboard: tonight and the coming performances (fill rate per zone, covers, arrivals,
// revenue for those who see money), and the bookings over time. The period lives in the address;
// the figures refresh every minute while the tab is visible. It opens on tonight; on an evening
// with no performance, on the next one (issue #14).
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { RefreshButton } from '../ui/refresh-button';
import { useKeptData } from '../ui/use-kept-data';
import { useDashboardT } from './messages';
import { PerformanceCard } from './performance-card';
import { PeriodPicker } from './period-picker';
import { readRange } from './period';
import { addDays } from '../ui/paris-day';
import { SummaryTiles } from './summary-tiles';
import { useDashboard } from './use-dashboard';
import { DashboardPager } from './dashboard-pager';
import { SeriesSection } from './series-section';

const PAGE = 10;
/** How far ahead the next performance is looked for when tonight has none. */
const NEXT_WITHIN_DAYS = 365;

// recharts is heavy: its own chunk, loaded after the figures are on screen.
const DashboardCharts = lazy(() => import('./dashboard-charts'));

export function DashboardPage() {
  const { at } = useDashboardT();
  const [params, setParams] = useSearchParams();
  const range = readRange(params);
  const dashboard = useDashboard({
    from: range.from,
    to: range.to,
    seriesFrom: range.seriesFrom,
    seriesTo: range.seriesTo,
    limit: PAGE,
    offset: range.page * PAGE,
  });
  const data = useKeptData(dashboard.data);
  // No performance tonight: the next one, so that the dashboard still opens on an evening.
  const noneTonight =
    range.period === 'tonight' && range.page === 0 && dashboard.data?.performances.length === 0;
  const next = useDashboard(
    {
      from: addDays(range.to, 1),
      to: addDays(range.to, NEXT_WITHIN_DAYS),
      seriesFrom: range.seriesFrom,
      seriesTo: range.seriesTo,
      limit: 1,
      offset: 0,
    },
    { enabled: noneTonight },
  );
  const nextPerformance = noneTonight ? next.data?.performances[0] : undefined;

  /** Changes some search parameters, keeps the others; a new period starts at its first page. */
  function update(changes: Record<string, string | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  }

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={<RefreshButton busy={dashboard.fetching} onClick={dashboard.reload} />}
      />
      <div className="space-y-6" aria-busy={dashboard.fetching}>
        <PeriodPicker
          key={`${range.from}:${range.to}`}
          range={range}
          onChange={(changes) => update({ ...changes, page: undefined })}
        />
        {dashboard.error && <QueryError error={dashboard.error} onRetry={dashboard.reload} />}
        {dashboard.loading && !data && <Loading lines={6} />}
        {data && (
          <>
            <SummaryTiles performances={nextPerformance ? [nextPerformance] : data.performances} />
            <section aria-labelledby="dashboard-performances" className="space-y-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="dashboard-performances" className="text-lg font-semibold text-cream">
                  {at('list.title')}
                </h2>
                <p className="text-xs text-mist">{at('autoRefresh')}</p>
              </div>
              {noneTonight ? (
                <>
                  <p className="text-sm text-mist">{at('list.noneTonight')}</p>
                  {next.error && <QueryError error={next.error} onRetry={next.reload} />}
                  {next.loading ? (
                    <Loading lines={3} />
                  ) : nextPerformance ? (
                    <ul>
                      <li>
                        <PerformanceCard performance={nextPerformance} />
                      </li>
                    </ul>
                  ) : (
                    next.data && <EmptyState>{at('list.noneAhead')}</EmptyState>
                  )}
                </>
              ) : data.performances.length === 0 ? (
                <EmptyState>{at('list.empty')}</EmptyState>
              ) : (
                <ul className="space-y-4">
                  {data.performances.map((performance) => (
                    <li key={performance.id}>
                      <PerformanceCard performance={performance} />
                    </li>
                  ))}
                </ul>
              )}
              <DashboardPager
                page={range.page}
                size={PAGE}
                total={data.total}
                onPage={(page) => update({ page: page > 0 ? String(page) : undefined })}
              />
            </section>
            <SeriesSection
              days={range.seriesDays}
              onDays={(days) => update({ series: String(days) })}
            >
              <Suspense fallback={<p className="text-sm text-mist">{at('charts.loading')}</p>}>
                <DashboardCharts series={data.series} />
              </Suspense>
            </SeriesSection>
          </>
        )}
      </div>
    </>
  );
}
