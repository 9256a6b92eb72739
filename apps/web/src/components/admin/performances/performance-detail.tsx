// One performance: its places per zone (capacity changes, never below what is held or sold),
// stopping and resuming sales, and cancelling behind a typed confirmation.
import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../lib/api/api-request';
import { useStaffT } from '../staff-messages';
import { StatusMessage } from '../../shared/alert';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { usePerformance, useSetCapacity, useSetPlan, useSetSales } from './api/use-performances';
import { CancelPerformance } from './cancel-performance';
import { usePerformancesT } from './messages';
import { StatusPill, ZoneBar } from './status-pill';
import { panelClass } from '../../shared/panel-class';
import { Button, ButtonLink } from '../../shared/button';

export function PerformanceDetail({ id, editor }: { id: string; editor: boolean }) {
  const { at, when, locale } = usePerformancesT();
  const query = usePerformance(id);
  const p = query.data;
  const title = p ? (locale === 'fr' ? p.showTitleFr : p.showTitleEn) : at('title');
  const date = p
    ? when(p.startsAt, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
  return (
    <>
      <PageHeader
        eyebrow={title}
        title={date || at('title')}
        lead={
          p
            ? at('detail.doors', { time: when(p.doorsAt, { hour: '2-digit', minute: '2-digit' }) })
            : undefined
        }
        actions={<ButtonLink to="/admin/performances">{at('back')}</ButtonLink>}
      />
      {query.loading && <Loading />}
      {query.error && <QueryError error={query.error} onRetry={query.reload} />}
      {p && <DetailBody performance={p} editor={editor} />}
    </>
  );
}

function DetailBody({
  performance: p,
  editor,
}: {
  performance: AdminPerformance;
  editor: boolean;
}) {
  const { at, when } = usePerformancesT();
  const cancelled = p.status === 'cancelled';
  const writable = editor && !cancelled && p.status !== 'past';
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <StatusPill performance={p} />
        {p.cancelledAt && (
          <p className="text-sm text-rose-200">
            {at('detail.cancelled', {
              date: when(p.cancelledAt, { dateStyle: 'long', timeStyle: 'short' }),
            })}
            {p.cancellationReason && ` ${at('detail.reason', { reason: p.cancellationReason })}`}
          </p>
        )}
      </div>
      <ZonesTable performance={p} writable={writable} />
      {writable && <SalesSwitch performance={p} />}
      {writable && p.status !== 'cancelled' && <PlanSwitch performance={p} />}
      {writable && <CancelPerformance performance={p} />}
    </div>
  );
}

const th = 'px-3 py-2 text-left text-xs font-medium text-mist';

function ZonesTable({
  performance: p,
  writable,
}: {
  performance: AdminPerformance;
  writable: boolean;
}) {
  const { at, num, locale } = usePerformancesT();
  return (
    <section
      aria-labelledby="zones-title"
      className={`${panelClass({ padded: false })} overflow-x-auto`}
    >
      <h2 id="zones-title" className="px-4 pt-3 text-lg font-semibold text-cream">
        {at('detail.zones')}
      </h2>
      <table className="mt-2 w-full text-sm">
        <thead className="border-b border-white/10 bg-white/[0.02]">
          <tr>
            <th scope="col" className={th}>
              {at('detail.zone')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {at('detail.sold')}
            </th>
            <th scope="col" className={`${th} hidden text-right sm:table-cell`}>
              {at('detail.held')}
            </th>
            <th scope="col" className={`${th} sm:w-64`}>
              {at('detail.capacity')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5">
          {p.zones.map((zone) => {
            const name = locale === 'fr' ? zone.nameFr : zone.nameEn;
            return (
              <tr key={zone.zoneId} className="align-top">
                <th scope="row" className="px-3 py-2.5 text-left font-medium text-cream">
                  {name}
                  <ZoneBar
                    sold={zone.sold}
                    held={zone.held}
                    capacity={zone.capacity}
                    label={at('zone.counts', {
                      sold: num(zone.sold),
                      held: num(zone.held),
                      capacity: num(zone.capacity),
                    })}
                  />
                </th>
                <td className="px-3 py-2.5 text-right text-cream tabular-nums">{num(zone.sold)}</td>
                <td className="hidden px-3 py-2.5 text-right text-mist tabular-nums sm:table-cell">
                  {num(zone.held)}
                </td>
                <td className="px-3 py-2">
                  {writable ? (
                    <CapacityForm
                      performanceId={p.id}
                      zoneId={zone.zoneId}
                      name={name}
                      capacity={zone.capacity}
                      minimum={zone.sold + zone.held}
                    />
                  ) : (
                    <span className="text-cream tabular-nums">{num(zone.capacity)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function CapacityForm({
  performanceId,
  zoneId,
  name,
  capacity,
  minimum,
}: {
  performanceId: string;
  zoneId: string;
  name: string;
  capacity: number;
  minimum: number;
}) {
  const { t } = useStaffT();
  const { at, num } = usePerformancesT();
  const setCapacity = useSetCapacity();
  const [value, setValue] = useState(String(capacity));
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = `cap-${zoneId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = Math.round(Number(value));
    const outcome = await setCapacity.run({ id: performanceId, zoneId, capacity: next });
    if (outcome.ok) {
      setResult({
        ok: true,
        text: at('detail.capacitySaved', { zone: name, capacity: num(next) }),
      });
      return;
    }
    const min = outcome.error.details.minimum;
    setResult({
      ok: false,
      text:
        outcome.error.code === 'CAPACITY_BELOW_BOOKED' && typeof min === 'number'
          ? at('detail.capacityBelow', { zone: name, minimum: num(min) })
          : errorText(t, outcome.error),
    });
    if (outcome.error.code === 'CAPACITY_BELOW_BOOKED') setValue(String(capacity));
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <label htmlFor={inputId} className="sr-only">
          {at('detail.capacityOf', { zone: name })}
        </label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={0}
          max={10000}
          value={value}
          aria-describedby={`${inputId}-min`}
          onChange={(event) => setValue(event.target.value)}
          className="min-h-10 w-20 rounded-md border border-white/15 bg-night px-2 text-right text-sm text-cream tabular-nums focus:border-gold/70"
        />
        <Button type="submit" disabled={setCapacity.pending || value === String(capacity)}>
          {at('detail.setCapacity')}
        </Button>
      </div>
      <p id={`${inputId}-min`} className="text-xs text-mist">
        {at('detail.minimum', { minimum: num(minimum) })}
      </p>
      <StatusMessage result={result} />
    </form>
  );
}

function SalesSwitch({ performance: p }: { performance: AdminPerformance }) {
  const { at } = usePerformancesT();
  const setSales = useSetSales();
  return (
    <PerformanceSwitch
      id="sales-title"
      title={at('detail.sales')}
      on={p.salesClosed}
      state={p.salesClosed ? at('detail.salesClosed') : at('detail.salesOpen')}
      action={p.salesClosed ? at('detail.resumeSales') : at('detail.stopSales')}
      done={(closed) => (closed ? at('detail.salesStopped') : at('detail.salesResumed'))}
      pending={setSales.pending}
      set={(salesClosed) => setSales.run({ id: p.id, salesClosed })}
    />
  );
}

/** The manager's choice: sell only what the tables seat together, or every place (ADR 0026). */
function PlanSwitch({ performance: p }: { performance: AdminPerformance }) {
  const { at } = usePerformancesT();
  const setPlan = useSetPlan();
  return (
    <PerformanceSwitch
      id="plan-title"
      title={at('detail.plan')}
      on={p.sellBeyondPlan}
      state={p.sellBeyondPlan ? at('detail.planBeyond') : at('detail.planStrict')}
      action={p.sellBeyondPlan ? at('detail.keepToPlan') : at('detail.allowBeyond')}
      done={(beyond) => (beyond ? at('detail.beyondAllowed') : at('detail.planKept'))}
      pending={setPlan.pending}
      set={(sellBeyondPlan) => setPlan.run({ id: p.id, sellBeyondPlan })}
    />
  );
}

/** One on/off setting of a performance: what it is now, and the button that turns it over. */
function PerformanceSwitch({
  id,
  title,
  on,
  state,
  action,
  done,
  pending,
  set,
}: {
  id: string;
  title: string;
  on: boolean;
  state: string;
  action: string;
  /** What to say once it is turned to `next`. */
  done: (next: boolean) => string;
  pending: boolean;
  set: (next: boolean) => Promise<{ ok: true } | { ok: false; error: ApiError }>;
}) {
  const { t } = useStaffT();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function toggle() {
    const outcome = await set(!on);
    setResult(
      outcome.ok ? { ok: true, text: done(!on) } : { ok: false, text: errorText(t, outcome.error) },
    );
  }

  return (
    <section
      aria-labelledby={id}
      className={`${panelClass({ padded: false })} flex flex-wrap items-center justify-between gap-3 p-4`}
    >
      <div className="max-w-prose">
        <h2 id={id} className="text-lg font-semibold text-cream">
          {title}
        </h2>
        <p className="text-sm text-mist">{state}</p>
        <StatusMessage result={result} />
      </div>
      <Button disabled={pending} onClick={() => void toggle()}>
        {action}
      </Button>
    </section>
  );
}
