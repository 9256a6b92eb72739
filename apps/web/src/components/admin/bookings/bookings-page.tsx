// /admin/bookings: search and filters (in the address), one page at a time from the server, the
// selected rows' bulk no-show. `?performance=<id>` narrows the list to one performance (the
// dashboard and the performances page link here with it).
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCsvDownload } from '../api/download-csv';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../../shared/pager';
import {
  bookingsCsvPath,
  PAGE_SIZE,
  useBookings,
  type BookingFilters as Filters,
} from './api/use-bookings';
import { BookingFilters, type FilterValues } from './booking-filters';
import { BookingsTable } from './bookings-table';
import { BulkNoShow } from './bulk-no-show';
import { useBookingsT } from './messages';
import { Button, ButtonLink } from '../../shared/button';

const FILTER_PARAMS = ['q', 'from', 'to', 'status', 'source'] as const;

export function BookingsPage() {
  const { at, when, num } = useBookingsT();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announce, setAnnounce] = useState('');

  const values: FilterValues = {
    q: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    status: params.get('status') ?? '',
    source: params.get('source') ?? '',
  };
  const performanceId = params.get('performance') ?? undefined;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const filters: Filters = useMemo(
    () => ({
      // The API wants 2 characters at least: a single one is not a search yet.
      q: values.q.length >= 2 ? values.q : undefined,
      from: values.from || undefined,
      to: values.to || undefined,
      status: values.status || undefined,
      source: values.source || undefined,
      performanceId,
      offset,
    }),
    [values.q, values.from, values.to, values.status, values.source, performanceId, offset],
  );
  const list = useBookings(filters);
  const csv = useCsvDownload();

  function update(next: Partial<Record<string, string>>, keepOffset = false) {
    const merged = new URLSearchParams(params);
    for (const [name, value] of Object.entries(next)) {
      if (value) merged.set(name, value);
      else merged.delete(name);
    }
    if (!keepOffset) merged.delete('offset');
    setParams(merged);
    setSelected(new Set());
  }

  function select(ids: string[], checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  const firstItem = list.data?.items[0];
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              disabled={csv.pending}
              aria-busy={csv.pending}
              onClick={() => void csv.download(bookingsCsvPath(filters), 'bookings.csv')}
            >
              {csv.pending ? at('csv.exporting') : at('csv.export')}
            </Button>
            <ButtonLink variant="primary" to="new">
              {at('newPhone')}
            </ButtonLink>
          </div>
        }
      />
      {csv.error && <QueryError error={csv.error} />}
      <BookingFilters
        key={values.q}
        values={values}
        onChange={(next) => update({ ...next })}
        onReset={() =>
          update(Object.fromEntries([...FILTER_PARAMS, 'performance'].map((name) => [name, ''])))
        }
      />
      {performanceId && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-cream">
          <span className="rounded-full bg-gold/15 px-3 py-1 text-gold-bright">
            {firstItem && firstItem.performance.id === performanceId
              ? at('filters.performance', {
                  date: when(firstItem.performance.startsAt, {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                })
              : at('filters.performanceAny')}
          </span>
          <Button onClick={() => update({ performance: '' })}>
            {at('filters.clearPerformance')}
          </Button>
        </p>
      )}
      <p role="status" className="text-sm text-emerald-200 empty:hidden">
        {announce}
      </p>
      <BulkNoShow
        selected={[...selected]}
        onClear={() => setSelected(new Set())}
        onDone={setAnnounce}
      />
      {list.error && <QueryError error={list.error} onRetry={list.reload} />}
      {list.loading ? (
        <Loading lines={6} />
      ) : list.data && list.data.items.length === 0 ? (
        <EmptyState>{at('list.empty')}</EmptyState>
      ) : list.data ? (
        <>
          <BookingsTable
            items={list.data.items}
            total={list.data.total}
            selected={selected}
            onSelect={select}
          />
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={list.data.total}
            onOffset={(next) => update({ offset: next ? String(next) : '' }, true)}
            labels={{
              nav: at('list.pages'),
              previous: at('list.previous'),
              next: at('list.next'),
              range: (first, last, total) =>
                at('list.range', { first: num(first), last: num(last), total: num(total) }),
            }}
          />
        </>
      ) : null}
    </div>
  );
}
