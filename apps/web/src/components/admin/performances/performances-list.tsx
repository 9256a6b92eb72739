// The performances, filtered by dates, show and status in the address (shareable; the back button
// undoes a filter), paginated on the server, with each zone's sold, held and capacity.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCsvDownload } from '../api/download-csv';
import { useShows } from '../catalogue/api/use-shows';
import { Pager } from '../catalogue/form-kit';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import {
  performancesCsvPath,
  usePerformances,
  type PerformanceFilters,
  type PerformanceStatus,
} from './api/use-performances';
import { usePerformancesT } from './messages';
import { StatusPill, ZoneBar } from './status-pill';
import { addDays, venueInstant } from './venue-time';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button, ButtonLink } from '../../shared/button';

const LIMIT = 25;
const STATUSES: readonly PerformanceStatus[] = ['on_sale', 'sold_out', 'cancelled', 'past'];
const isStatus = (value: string | null): value is PerformanceStatus =>
  STATUSES.includes(value as PerformanceStatus);
const th = 'px-3 py-2 text-left text-xs font-medium text-mist';

export function PerformancesList({ editor }: { editor: boolean }) {
  const { at, num, when, locale } = usePerformancesT();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const showId = params.get('show') ?? '';
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const filters: PerformanceFilters = {
    from: from ? venueInstant(from) : undefined,
    // "To" includes its day: up to the next midnight.
    to: to ? venueInstant(addDays(to, 1)) : undefined,
    showId: showId || undefined,
    status,
    limit: LIMIT,
    offset,
  };
  const list = usePerformances(filters);
  const csv = useCsvDownload();
  const shows = useShows({ limit: 200, offset: 0 });
  const [draft, setDraft] = useState({ from, to, show: showId, status: status ?? '' });

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(draft)) if (value) next.set(name, value);
    setParams(next);
  }
  const go = (nextOffset: number) => {
    const next = new URLSearchParams(params);
    if (nextOffset) next.set('offset', String(nextOffset));
    else next.delete('offset');
    setParams(next);
  };
  const page = list.data;
  const title = (p: { showTitleFr: string; showTitleEn: string }) =>
    locale === 'fr' ? p.showTitleFr : p.showTitleEn;

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              disabled={csv.pending}
              aria-busy={csv.pending}
              onClick={() => void csv.download(performancesCsvPath(filters), 'performances.csv')}
            >
              {csv.pending ? at('csv.exporting') : at('csv.export')}
            </Button>
            {editor && (
              <>
                <ButtonLink to="/admin/performances/new">{at('new')}</ButtonLink>
                <ButtonLink variant="primary" to="/admin/performances/season">
                  {at('season')}
                </ButtonLink>
              </>
            )}
          </div>
        }
      />
      {csv.error && (
        <div className="mb-4">
          <QueryError error={csv.error} />
        </div>
      )}
      <form
        onSubmit={apply}
        aria-label={at('filters.label')}
        className={`${panelClass({ padded: false })} mb-4 grid gap-3 p-3 sm:grid-cols-2 lg:grid-cols-[9.5rem_9.5rem_minmax(0,1fr)_10rem_auto] lg:items-end`}
      >
        <div>
          <label htmlFor="pf-from" className="mb-1 block text-xs font-medium text-mist">
            {at('filters.from')}
          </label>
          <input
            id="pf-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor="pf-to" className="mb-1 block text-xs font-medium text-mist">
            {at('filters.to')}
          </label>
          <input
            id="pf-to"
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor="pf-show" className="mb-1 block text-xs font-medium text-mist">
            {at('filters.show')}
          </label>
          <select
            id="pf-show"
            value={draft.show}
            onChange={(e) => setDraft({ ...draft, show: e.target.value })}
            className={controlClass}
          >
            <option value="">{at('filters.anyShow')}</option>
            {shows.data?.items.map((show) => (
              <option key={show.id} value={show.id}>
                {locale === 'fr' ? show.titleFr : show.titleEn}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="pf-status" className="mb-1 block text-xs font-medium text-mist">
            {at('filters.status')}
          </label>
          <select
            id="pf-status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            className={controlClass}
          >
            <option value="">{at('filters.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {at(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            {at('filters.apply')}
          </Button>
          <Button
            onClick={() => {
              setDraft({ from: '', to: '', show: '', status: '' });
              setParams(new URLSearchParams());
            }}
          >
            {at('filters.reset')}
          </Button>
        </div>
      </form>
      <div className={`${panelClass({ padded: false })} overflow-hidden`} aria-busy={list.fetching}>
        {list.error && (
          <div className="p-3">
            <QueryError error={list.error} onRetry={list.reload} />
          </div>
        )}
        {list.loading && (
          <div className="p-4">
            <Loading lines={6} />
          </div>
        )}
        {page && page.items.length === 0 && (
          <div className="p-3">
            <EmptyState>{at('list.empty')}</EmptyState>
          </div>
        )}
        {page && page.items.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{at('list.caption')}</caption>
              <thead className="border-b border-white/10 bg-white/[0.02]">
                <tr>
                  <th scope="col" className={th}>
                    {at('list.when')}
                  </th>
                  <th scope="col" className={`${th} hidden md:table-cell`}>
                    {at('list.show')}
                  </th>
                  <th scope="col" className={`${th} w-full`}>
                    {at('list.zones')}
                  </th>
                  <th scope="col" className={th}>
                    {at('list.status')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-white/5">
                {page.items.map((p) => {
                  const date = when(p.startsAt, {
                    weekday: 'short',
                    day: 'numeric',
                    month: 'short',
                    year: 'numeric',
                  });
                  const time = when(p.startsAt, { hour: '2-digit', minute: '2-digit' });
                  return (
                    <tr key={p.id} className="relative align-top hover:bg-white/[0.03]">
                      <td className="px-3 py-2.5 whitespace-nowrap">
                        <Link
                          to={`/admin/performances/${p.id}`}
                          aria-label={at('list.open', { date: `${date} ${time}` })}
                          className="font-medium text-cream tabular-nums after:absolute after:inset-0 hover:text-gold-bright"
                        >
                          <time dateTime={p.startsAt}>
                            {date}
                            <span className="block text-gold-bright">{time}</span>
                          </time>
                        </Link>
                        <span className="block max-w-40 truncate text-xs text-mist md:hidden">
                          {title(p)}
                        </span>
                      </td>
                      <td className="hidden min-w-40 px-3 py-2.5 text-cream md:table-cell">
                        {title(p)}
                      </td>
                      <td className="px-3 py-2.5">
                        <ul className="grid min-w-48 grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-x-4 gap-y-2">
                          {p.zones.map((z) => {
                            const name = locale === 'fr' ? z.nameFr : z.nameEn;
                            const counts = at('zone.counts', {
                              sold: num(z.sold),
                              held: num(z.held),
                              capacity: num(z.capacity),
                            });
                            return (
                              <li key={z.zoneId} className="text-xs">
                                <span className="flex justify-between gap-2">
                                  <span className="truncate text-mist">{name}</span>
                                  <span className="text-cream tabular-nums" aria-hidden="true">
                                    {at('zone.short', {
                                      booked: num(z.sold + z.held),
                                      capacity: num(z.capacity),
                                    })}
                                  </span>
                                </span>
                                <ZoneBar
                                  sold={z.sold}
                                  held={z.held}
                                  capacity={z.capacity}
                                  label={`${name} : ${counts}`}
                                />
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                      <td className="px-3 py-2.5">
                        <StatusPill performance={p} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {page && (
          <Pager
            offset={offset}
            limit={LIMIT}
            total={page.total}
            onOffset={go}
            labels={{
              nav: at('pager.label'),
              range: at('pager.range', {
                from: num(offset + 1),
                to: num(Math.min(offset + LIMIT, page.total)),
                total: num(page.total),
              }),
              previous: at('pager.previous'),
              next: at('pager.next'),
            }}
          />
        )}
      </div>
    </>
  );
}
