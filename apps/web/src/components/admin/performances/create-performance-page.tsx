// One performance: a show, a local date and time at the venue, doors, capacities.
import { USUAL_EVENING } from '@ladiva/contract/venue';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useStaffT } from '../staff-messages';
import { useZones } from '../catalogue/api/use-zones';
import { StatusMessage } from '../../shared/alert';
import { useToast } from '../../shared/toast-context';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { useCreatePerformance } from './api/use-performances';
import { capacitiesBody, type Capacities } from './capacities';
import { CapacitiesField } from './capacities-field';
import { usePerformancesT } from './messages';
import { ShowSelect } from './show-select';
import { venueInstant } from './venue-time';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button, ButtonLink } from '../../shared/button';

export function CreatePerformancePage() {
  const { t } = useStaffT();
  const { at, when, locale } = usePerformancesT();
  const navigate = useNavigate();
  const toast = useToast();
  const zones = useZones();
  const create = useCreatePerformance();
  const [showId, setShowId] = useState('');
  const [date, setDate] = useState('');
  // The venue's usual evening, as the demo plays it and the API assumes (ADR 0028).
  const [time, setTime] = useState<string>(USUAL_EVENING.curtainTime);
  const [doors, setDoors] = useState(String(USUAL_EVENING.doorsMinutesBefore));
  const [capacities, setCapacities] = useState<Capacities>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!showId) return setResult({ ok: false, text: at('form.needShow') });
    if (!date || !/^\d\d:\d\d$/.test(time))
      return setResult({ ok: false, text: at('form.needDate') });
    const zoneList = zones.data?.items ?? [];
    const caps = capacitiesBody(zoneList, capacities);
    const outcome = await create.run({
      showId,
      startsAt: venueInstant(date, time),
      doorsMinutesBefore: Number(doors) || 0,
      ...(caps ? { capacities: caps } : {}),
    });
    if (!outcome.ok) return setResult({ ok: false, text: errorText(t, outcome.error) });
    // Said in a toast: this page is left for the new performance's own.
    const created = outcome.value;
    toast(
      at('form.created', {
        show: locale === 'fr' ? created.showTitleFr : created.showTitleEn,
        date: when(created.startsAt, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
        }),
      }),
    );
    navigate(`/admin/performances/${created.id}`);
  }

  return (
    <>
      <PageHeader
        eyebrow={at('title')}
        title={at('new')}
        actions={<ButtonLink to="/admin/performances">{at('back')}</ButtonLink>}
      />
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        className={`${panelClass({ padded: false })} max-w-3xl space-y-4 p-4`}
      >
        <ShowSelect value={showId} onChange={setShowId} />
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="one-date" className="mb-1 block text-xs font-medium text-mist">
              {at('form.date')}
            </label>
            <input
              id="one-date"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="one-time" className="mb-1 block text-xs font-medium text-mist">
              {at('form.time')}
            </label>
            <input
              id="one-time"
              type="time"
              required
              value={time}
              onChange={(e) => setTime(e.target.value)}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="one-doors" className="mb-1 block text-xs font-medium text-mist">
              {at('form.doors')}
            </label>
            <input
              id="one-doors"
              type="number"
              min={0}
              max={600}
              value={doors}
              onChange={(e) => setDoors(e.target.value)}
              className={controlClass}
            />
          </div>
        </div>
        {zones.data && (
          <CapacitiesField zones={zones.data.items} values={capacities} onChange={setCapacities} />
        )}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant="primary" disabled={create.pending}>
            {at('form.create')}
          </Button>
          <StatusMessage result={result} />
        </div>
      </form>
    </>
  );
}
