// /admin/reports (sales) and /admin/reports/occupancy: figures over a period, one page at a time
// from the server, with their totals, and the whole list as a CSV file. Admins and managers.
import { useSearchParams } from 'react-router';
import { useCsvDownload } from '../api/download-csv';
import { TabNav } from '../../shared/tabs';
import { QueryError } from '../ui/query-error';
import { PageHeader } from '../ui/page-header';
import { useReportsT } from './messages';
import { OccupancyTable } from './occupancy-table';
import { ReportPeriod } from './report-period';
import { readFilters } from './report-filters';
import { SalesOptions } from './sales-options';
import { SalesTable } from './sales-table';
import { occupancyPath, salesPath } from './use-reports';
import { Button } from '../../shared/button';

export type ReportKind = 'sales' | 'occupancy';

export function ReportsPage({ report }: { report: ReportKind }) {
  const { at } = useReportsT();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const csv = useCsvDownload();

  /** Changes some filters, keeps the others; any change but the page goes back to page one. */
  function update(changes: Record<string, string | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (!('page' in changes)) next.delete('page');
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  }

  const period = new URLSearchParams({ from: filters.from, to: filters.to });
  const exportPath = report === 'sales' ? salesPath(filters, 'csv') : occupancyPath(filters, 'csv');
  const exportName =
    report === 'sales'
      ? `sales-by-${filters.group}-${filters.from}-${filters.to}.csv`
      : `occupancy-${filters.from}-${filters.to}.csv`;

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          <Button
            disabled={csv.pending}
            aria-busy={csv.pending}
            onClick={() => void csv.download(exportPath, exportName)}
          >
            {csv.pending ? at('exporting') : at('export')}
          </Button>
        }
      />
      <div className="space-y-5">
        <TabNav
          label={at('tabs.label')}
          tabs={[
            { to: `/admin/reports?${period}`, label: at('tabs.sales'), end: true },
            { to: `/admin/reports/occupancy?${period}`, label: at('tabs.occupancy') },
          ]}
        />
        <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
          <ReportPeriod key={`${filters.from}:${filters.to}`} filters={filters} onChange={update} />
          {report === 'sales' && <SalesOptions filters={filters} onChange={update} />}
        </div>
        {csv.error && <QueryError error={csv.error} />}
        {report === 'sales' ? (
          <SalesTable
            filters={filters}
            onPage={(page) => update({ page: page ? String(page) : undefined })}
          />
        ) : (
          <OccupancyTable
            filters={filters}
            onPage={(page) => update({ page: page ? String(page) : undefined })}
          />
        )}
      </div>
    </>
  );
}
