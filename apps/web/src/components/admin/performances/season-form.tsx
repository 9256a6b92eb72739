// A season at once: show, date range, days of the week, one or more start times, doors, exceptions
// and capacities. The preview counts what will be created before anything is sent; the answer
// says how many were created and how many already existed.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { USUAL_EVENING } from '@ladiva/contract/venue';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useCreateSeason, type SeasonResult } from './api/use-performances';
import { capacitiesBody, type Capacities } from './capacities';
import { CapacitiesField } from './capacities-field';
import { usePerformancesT } from './messages';
import { previewSeason, TIME } from './season-preview';
import { ShowSelect } from './show-select';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const SHOWN = 6;

export function SeasonForm({ zones }: { zones: readonly AdminZone[] }) {
  const { t } = useStaffT();
  const { at, num, locale } = usePerformancesT();
  const create = useCreateSeason();
  const [showId, setShowId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [weekdays, setWeekdays] = useState<number[]>([3, 4, 5, 6]);
  // The venue's usual evening, as the demo plays it and the API assumes (ADR 0028).
  const [times, setTimes] = useState<string[]>([USUAL_EVENING.curtainTime]);
  const [doors, setDoors] = useState(String(USUAL_EVENING.doorsMinutesBefore));
  const [exceptions, setExceptions] = useState<string[]>([]);
  const [exception, setException] = useState('');
  const [capacities, setCapacities] = useState<Capacities>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SeasonResult | null>(null);

  const preview = useMemo(
    () => previewSeason({ from, to, weekdays, times, exceptions }),
    [from, to, weekdays, times, exceptions],
  );
  const count = preview.performances.length;
  const problem = preview.problem ?? (count === 0 ? 'none' : null);
  const dateLabel = (date: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${date}T12:00:00Z`));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (!showId) return setError(at('form.needShow'));
    if (problem) return setError(at(`season.problem.${problem}`));
    setError(null);
    const caps = capacitiesBody(zones, capacities);
    const outcome = await create.run({
      showId,
      from,
      to,
      weekdays: [...weekdays].sort(),
      times: [...new Set(times.filter((time) => TIME.test(time)))],
      doorsMinutesBefore: Number(doors) || 0,
      exceptions,
      ...(caps ? { capacities: caps } : {}),
    });
    if (outcome.ok) setResult(outcome.value);
    else setError(errorText(t, outcome.error));
  }

  const listLink = `/admin/performances?${new URLSearchParams({ from, to, show: showId })}`;
  const first = preview.performances[0];
  const last = preview.performances.at(-1);

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]"
    >
      <div className={`${panelClass({ padded: false })} min-w-0 space-y-5 p-4`}>
        <ShowSelect value={showId} onChange={setShowId} />
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="season-from" className="mb-1 block text-xs font-medium text-mist">
              {at('season.from')}
            </label>
            <input
              id="season-from"
              type="date"
              required
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="season-to" className="mb-1 block text-xs font-medium text-mist">
              {at('season.to')}
            </label>
            <input
              id="season-to"
              type="date"
              required
              min={from || undefined}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="season-doors" className="mb-1 block text-xs font-medium text-mist">
              {at('form.doors')}
            </label>
            <input
              id="season-doors"
              type="number"
              min={0}
              max={600}
              value={doors}
              onChange={(e) => setDoors(e.target.value)}
              className={controlClass}
            />
          </div>
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-cream">{at('season.days')}</legend>
          <div className="flex flex-wrap gap-2">
            {WEEKDAYS.map((day) => (
              <label
                key={day}
                className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-white/15 px-3 text-sm text-cream has-[:checked]:border-gold/70 has-[:checked]:bg-gold/10"
              >
                <input
                  type="checkbox"
                  checked={weekdays.includes(day)}
                  onChange={(event) =>
                    setWeekdays((current) =>
                      event.target.checked ? [...current, day] : current.filter((d) => d !== day),
                    )
                  }
                  className="size-4 accent-gold"
                />
                {at(`weekday.${day}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-cream">{at('season.times')}</legend>
          <ul className="flex flex-wrap gap-3">
            {times.map((time, index) => (
              <li key={index} className="flex items-end gap-1">
                <div>
                  <label
                    htmlFor={`season-time-${index}`}
                    className="mb-1 block text-xs font-medium text-mist"
                  >
                    {at('season.timeN', { number: index + 1 })}
                  </label>
                  <input
                    id={`season-time-${index}`}
                    type="time"
                    required
                    value={time}
                    onChange={(event) =>
                      setTimes(times.map((t2, i) => (i === index ? event.target.value : t2)))
                    }
                    className={`${controlClass} w-32`}
                  />
                </div>
                {times.length > 1 && (
                  <Button
                    aria-label={at('season.removeTime', { time })}
                    onClick={() => setTimes(times.filter((_, i) => i !== index))}
                  >
                    ×
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {times.length < 6 && (
            <Button onClick={() => setTimes([...times, '15:00'])} className="mt-3">
              {at('season.addTime')}
            </Button>
          )}
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-cream">
            {at('season.exceptions')}
          </legend>
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label
                htmlFor="season-exception"
                className="mb-1 block text-xs font-medium text-mist"
              >
                {at('season.exception')}
              </label>
              <input
                id="season-exception"
                type="date"
                min={from || undefined}
                max={to || undefined}
                value={exception}
                onChange={(e) => setException(e.target.value)}
                className={`${controlClass} w-44`}
              />
            </div>
            <Button
              disabled={!exception}
              onClick={() => {
                if (exception && !exceptions.includes(exception))
                  setExceptions([...exceptions, exception].sort());
                setException('');
              }}
            >
              {at('season.addException')}
            </Button>
          </div>
          {exceptions.length === 0 ? (
            <p className="mt-2 text-sm text-mist">{at('season.noExceptions')}</p>
          ) : (
            <ul className="mt-3 flex flex-wrap gap-2">
              {exceptions.map((date) => (
                <li key={date}>
                  <button
                    type="button"
                    aria-label={at('season.removeException', { date: dateLabel(date) })}
                    onClick={() => setExceptions(exceptions.filter((d) => d !== date))}
                    className="inline-flex min-h-10 items-center gap-2 rounded-full border border-white/15 px-3 text-sm text-cream hover:border-rose-300/60"
                  >
                    {dateLabel(date)} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <CapacitiesField zones={zones} values={capacities} onChange={setCapacities} />
      </div>

      <aside
        aria-labelledby="season-preview"
        className="space-y-4 lg:sticky lg:top-6 lg:self-start"
      >
        <section className={`${panelClass({ padded: false })} p-4`}>
          <h2
            id="season-preview"
            className="text-xs font-semibold tracking-[0.2em] text-gold/80 uppercase"
          >
            {at('season.preview')}
          </h2>
          <div aria-live="polite" data-testid="season-count">
            {problem ? (
              <p className="mt-2 text-sm text-amber-200">{at(`season.problem.${problem}`)}</p>
            ) : (
              <>
                <p className="mt-2 font-display text-2xl text-cream">
                  {at('season.count', { count: num(count) })}
                </p>
                {first && last && (
                  <p className="mt-1 text-sm text-mist">
                    {at('season.span', {
                      first: dateLabel(first.date),
                      last: dateLabel(last.date),
                    })}
                  </p>
                )}
                {preview.exceptionsUsed > 0 && (
                  <p className="mt-1 text-sm text-mist">
                    {at('season.exceptionsUsed', { count: preview.exceptionsUsed })}
                  </p>
                )}
              </>
            )}
          </div>
          {!problem && (
            <>
              <h3 className="mt-4 text-xs font-medium text-mist">{at('season.first')}</h3>
              <ol className="mt-1 space-y-0.5 text-sm text-cream tabular-nums">
                {preview.performances.slice(0, SHOWN).map((p) => (
                  <li key={`${p.date}T${p.time}`}>
                    {dateLabel(p.date)} · {p.time}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
        <Button
          type="submit"
          variant="primary"
          disabled={create.pending || Boolean(problem)}
          className="w-full"
        >
          {at('season.submit', { count: num(count) })}
        </Button>
        <div role="status" className="text-sm">
          {error && <p className="text-rose-200">{error}</p>}
          {result && (
            <div className="rounded-md border border-emerald-400/30 bg-emerald-950/30 p-3">
              <p className="text-emerald-100">
                {at('season.result', {
                  created: num(result.created),
                  skipped: num(result.skipped),
                })}
              </p>
              <Link
                to={listLink}
                className="mt-2 inline-block font-medium text-gold-bright underline underline-offset-4"
              >
                {at('season.see')}
              </Link>
            </div>
          )}
        </div>
      </aside>
    </form>
  );
}
