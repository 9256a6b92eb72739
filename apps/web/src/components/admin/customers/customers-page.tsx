// /admin/customers: customers (guests grouped by email) searched, filtered by tag and sorted on
// the server, one page at a time. The filters live in the address.
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useCsvDownload } from '../api/download-csv';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../../shared/pager';
import { customersCsvPath, PAGE_SIZE, useCustomers } from './api/use-customers';
import { useCustomersT } from './messages';
import { SelectField, TextField } from '../../shared/field';
import { Button } from '../../shared/button';

const SORTS = ['last_visit_desc', 'name_asc', 'bookings_desc'] as const;
const th = 'px-3 py-2 text-left text-xs font-medium text-mist';
const td = 'px-3 py-2.5 align-top';

export function CustomersPage() {
  const { at, when, num } = useCustomersT();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const sort = params.get('sort') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [typed, setTyped] = useState({ q, tag });
  const erased = (useLocation().state as { erased?: boolean } | null)?.erased === true;
  const filters = {
    q: q.length >= 2 ? q : undefined,
    tag: tag || undefined,
    sort: sort || undefined,
    offset,
  };
  const list = useCustomers(filters);
  const csv = useCsvDownload();

  function update(next: Record<string, string>, keepOffset = false) {
    const merged = new URLSearchParams(params);
    for (const [name, value] of Object.entries(next)) {
      if (value) merged.set(name, value);
      else merged.delete(name);
    }
    if (!keepOffset) merged.delete('offset');
    setParams(merged);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: typed.q.trim(), tag: typed.tag.trim().toLowerCase() });
  }

  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          <Button
            disabled={csv.pending}
            aria-busy={csv.pending}
            onClick={() => void csv.download(customersCsvPath(filters), 'customers.csv')}
          >
            {csv.pending ? at('csv.exporting') : at('csv.export')}
          </Button>
        }
      />
      {csv.error && <QueryError error={csv.error} />}
      <form
        role="search"
        aria-label={at('filters.label')}
        onSubmit={submit}
        className="grid grid-cols-2 gap-3 md:grid-cols-[minmax(14rem,2fr)_1fr_1fr_auto] md:items-end"
      >
        <TextField
          label={at('filters.q')}
          className="col-span-2 md:col-span-1"
          type="search"
          value={typed.q}
          placeholder={at('filters.qHint')}
          onChange={(event) => setTyped({ ...typed, q: event.target.value })}
        />
        <TextField
          label={at('filters.tag')}
          list={`${id}-tags`}
          value={typed.tag}
          placeholder="vip"
          onChange={(event) => setTyped({ ...typed, tag: event.target.value })}
        />
        <datalist id={`${id}-tags`}>
          <option value="vip" />
        </datalist>
        <SelectField
          label={at('filters.sort')}
          value={sort || SORTS[0]}
          onChange={(event) =>
            update({ sort: event.target.value === SORTS[0] ? '' : event.target.value })
          }
        >
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {at(`sort.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="col-span-2 flex gap-2 md:col-span-1">
          <Button type="submit" variant="primary">
            {at('filters.apply')}
          </Button>
          <Button
            onClick={() => {
              setTyped({ q: '', tag: '' });
              update({ q: '', tag: '', sort: '' });
            }}
          >
            {at('filters.reset')}
          </Button>
        </div>
      </form>
      {erased && (
        <p role="status" className="text-sm text-emerald-200">
          {at('gdpr.erased')}
        </p>
      )}
      {list.error && <QueryError error={list.error} onRetry={list.reload} />}
      {list.loading ? (
        <Loading lines={6} />
      ) : list.data && list.data.items.length === 0 ? (
        <EmptyState>{at('list.empty')}</EmptyState>
      ) : list.data ? (
        <>
          <div
            role="region"
            aria-label={at('list.caption', { total: num(list.data.total) })}
            tabIndex={0}
            className="overflow-x-auto rounded-md border border-white/10"
          >
            <table className="w-full min-w-[34rem] border-collapse text-sm">
              <caption className="sr-only">
                {at('list.caption', { total: num(list.data.total) })}
              </caption>
              <thead className="border-b border-white/10 bg-white/[0.03]">
                <tr>
                  <th scope="col" className={th}>
                    {at('list.name')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {at('list.bookings')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {at('list.noShows')}
                  </th>
                  <th scope="col" className={`${th} hidden md:table-cell`}>
                    {at('list.lastVisit')}
                  </th>
                  <th scope="col" className={th}>
                    {at('list.tags')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-white/5">
                {list.data.items.map((customer) => (
                  <tr key={customer.customerId}>
                    <td className={`${td} max-w-64`}>
                      <Link
                        to={customer.customerId}
                        className="font-medium text-gold-bright underline-offset-4 hover:underline"
                      >
                        {customer.name ?? at('list.noName')}
                      </Link>
                      <p className="truncate text-xs text-mist">
                        {customer.email}
                        {customer.hasAccount && ` · ${at('list.account')}`}
                      </p>
                    </td>
                    <td className={`${td} text-right text-cream tabular-nums`}>
                      {num(customer.bookingCount)}
                    </td>
                    <td
                      className={`${td} text-right tabular-nums ${customer.noShowCount > 0 ? 'text-orange-300' : 'text-cream'}`}
                    >
                      {num(customer.noShowCount)}
                    </td>
                    <td className={`${td} hidden text-cream md:table-cell`}>
                      {customer.lastPerformanceAt
                        ? when(customer.lastPerformanceAt, { dateStyle: 'medium' })
                        : '—'}
                    </td>
                    <td className={td}>
                      <span className="flex flex-wrap gap-1">
                        {customer.tags.map((t) => (
                          <span
                            key={t}
                            className={`rounded-full px-2 py-0.5 text-xs ${t === 'vip' ? 'bg-gold/20 text-gold-bright' : 'bg-white/10 text-cream'}`}
                          >
                            {t}
                          </span>
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
