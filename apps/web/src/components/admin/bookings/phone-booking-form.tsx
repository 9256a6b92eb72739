// The phone booking's form once the show is chosen: performance, guests per formula and zone,
// extras, contact, and per-guest menus and diets (folded away: most calls do not need them).
import type { BookingState } from '@ladiva/contract/booking';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { errorText } from '../ui/error-text';
import { useAvailability, usePerformances, useShow } from './api/use-catalogue';
import { usePhoneBooking } from './api/use-phone-booking';
import { useBookingsT } from './messages';
import { PlacesPicker, type Counts } from './places-picker';
import { SelectField, TextField, controlClass, labelClass } from '../../shared/field';
import { GuestFields } from '../../shared/guest-fields';
import { menuChoiceOf, type GuestChoice } from '../../../lib/guest-menu';
import { looksLikeEmail, looksLikePhone } from '../../../lib/validation';
import { Button } from '../../shared/button';

const newKey = () => `phone-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** What the form tells the page once the booking is made. */
export interface PhoneBookingCreated {
  state: BookingState;
  /** Where the confirmation went; null: no email given, the guest was sent nothing. */
  emailedTo: string | null;
}

export function PhoneBookingForm({
  showId,
  onCreated,
}: {
  showId: string;
  onCreated: (created: PhoneBookingCreated) => void;
}) {
  const { t } = useStaffT();
  const { at, when, num, money, locale } = useBookingsT();
  const id = useId();
  const show = useShow(showId);
  const performances = usePerformances(showId);
  const [performanceId, setPerformanceId] = useState('');
  const availability = useAvailability(performanceId || null);
  const create = usePhoneBooking();
  const [counts, setCounts] = useState<Counts>({});
  const [extras, setExtras] = useState<Record<string, number>>({});
  const [contact, setContact] = useState({ name: '', email: '', phone: '' });
  const [occasion, setOccasion] = useState('');
  const [mailLocale, setMailLocale] = useState<'fr' | 'en'>(locale === 'en' ? 'en' : 'fr');
  const [guests, setGuests] = useState<GuestChoice[]>([]);
  // One key per request: the same booking sent again keeps it (a lost answer books once), a
  // changed one gets a new key — the server refuses a key reused for another request.
  const sent = useRef<{ request: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const prices = useMemo(() => {
    const map = new Map<string, number>();
    for (const zone of availability.data?.zones ?? []) {
      for (const price of zone.prices)
        map.set(`${price.formulaId}:${zone.zoneId}`, price.priceCents);
    }
    return map;
  }, [availability.data]);
  const party = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const total =
    Object.entries(counts).reduce((sum, [key, n]) => sum + n * (prices.get(key) ?? 0), 0) +
    (show.data?.extras ?? []).reduce(
      (sum, extra) => sum + (extras[extra.id] ?? 0) * extra.priceCents,
      0,
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (party === 0) return setError(at('phone.needPlaces'));
    const overZone = availability.data?.zones.some(
      (zone) =>
        Object.entries(counts)
          .filter(([key]) => key.endsWith(`:${zone.zoneId}`))
          .reduce((sum, [, n]) => sum + n, 0) > zone.seatsLeft,
    );
    if (overZone) return setError(at('phone.tooMany'));
    const email = contact.email.trim();
    if (
      !contact.name.trim() ||
      !looksLikePhone(contact.phone) ||
      (email && !looksLikeEmail(email))
    ) {
      return setError(at('phone.needContact'));
    }
    // One entry per guest, as the engine checks against the party size.
    const details = Array.from(
      { length: party },
      (_, index) => guests[index] ?? { menu: {}, dietaryNotes: '' },
    ).map((guest) => {
      const menuChoice = menuChoiceOf(guest);
      return {
        ...(menuChoice ? { menuChoice } : {}),
        ...(guest.dietaryNotes.trim() ? { dietaryNotes: guest.dietaryNotes.trim() } : {}),
      };
    });
    const request = {
      performanceId,
      lines: Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([key, guestCount]) => {
          const [formulaId, zoneId] = key.split(':') as [string, string];
          return { formulaId, zoneId, guests: guestCount };
        }),
      extras: Object.entries(extras)
        .filter(([, quantity]) => quantity > 0)
        .map(([extraId, quantity]) => ({ extraId, quantity })),
      contact: {
        name: contact.name.trim(),
        phone: contact.phone.trim(),
        ...(email ? { email } : {}),
      },
      ...(occasion.trim() ? { occasion: occasion.trim() } : {}),
      ...(details.some((detail) => Object.keys(detail).length > 0) ? { guests: details } : {}),
      locale: mailLocale,
    };
    const text = JSON.stringify(request);
    if (sent.current?.request !== text) sent.current = { request: text, key: newKey() };
    const outcome = await create.run({ ...request, idempotencyKey: sent.current.key });
    if (!outcome.ok) return setError(errorText(t, outcome.error));
    onCreated({ state: outcome.value, emailedTo: email || null });
  }

  if (show.error) return <QueryError error={show.error} onRetry={show.reload} />;
  if (performances.error)
    return <QueryError error={performances.error} onRetry={performances.reload} />;
  if (!show.data || !performances.data) return <Loading lines={3} />;
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  // Each guest's formula, line after line (guest 1 and 2 of the first line, then the next…).
  const guestFormulas = Object.entries(counts)
    .flatMap(([key, n]) => Array.from({ length: n }, () => key.split(':')[0]!))
    .slice(0, 100);

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-5" noValidate>
      <div className="max-w-md">
        <label htmlFor={`${id}-perf`} className={labelClass}>
          {at('phone.performance')}
        </label>
        {performances.data.length === 0 ? (
          <p className="text-sm text-mist">{at('phone.noPerformance')}</p>
        ) : (
          <select
            id={`${id}-perf`}
            value={performanceId}
            onChange={(event) => {
              setPerformanceId(event.target.value);
              setCounts({});
            }}
            className={controlClass}
          >
            <option value="">{at('phone.choose')}</option>
            {performances.data
              .filter((performance) => performance.status !== 'cancelled')
              .map((performance) => {
                const date = when(performance.startsAt, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                  hour: '2-digit',
                  minute: '2-digit',
                });
                return (
                  <option key={performance.id} value={performance.id}>
                    {performance.salesOpen
                      ? at('phone.performanceOption', { date, left: num(performance.seatsLeft) })
                      : at('phone.performanceClosed', { date })}
                  </option>
                );
              })}
          </select>
        )}
      </div>

      {performanceId && availability.error && (
        <QueryError error={availability.error} onRetry={availability.reload} />
      )}
      {performanceId && availability.loading && <Loading lines={2} />}
      {availability.data && (
        <>
          <PlacesPicker
            zones={availability.data.zones}
            formulas={show.data.formulas}
            counts={counts}
            onCounts={setCounts}
          />
          {show.data.extras.length > 0 && (
            <fieldset className="grid gap-3 sm:grid-cols-3">
              <legend className="mb-2 text-sm font-medium text-cream">{at('phone.extras')}</legend>
              {show.data.extras.map((extra) => (
                <TextField
                  key={extra.id}
                  label={at('phone.extraQty', {
                    extra: name(extra),
                    price: money(extra.priceCents),
                  })}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={50}
                  value={extras[extra.id] ?? ''}
                  placeholder="0"
                  onChange={(event) =>
                    setExtras((current) => ({
                      ...current,
                      [extra.id]: Math.max(0, Number(event.target.value) || 0),
                    }))
                  }
                />
              ))}
            </fieldset>
          )}
          <p aria-live="polite" className="text-base font-medium text-gold-bright tabular-nums">
            {at('phone.total', { party: num(party), total: money(total) })}
            {party > availability.data.maxParty && (
              <span className="ml-2 text-sm text-amber-200">
                {at('phone.maxParty', { max: num(availability.data.maxParty) })}
              </span>
            )}
          </p>

          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-sm font-medium text-cream">{at('phone.contact')}</legend>
            <TextField
              label={at('phone.name')}
              required
              autoComplete="off"
              value={contact.name}
              onChange={(event) => setContact({ ...contact, name: event.target.value })}
            />
            <TextField
              label={at('phone.phone')}
              type="tel"
              inputMode="tel"
              required
              autoComplete="off"
              value={contact.phone}
              onChange={(event) => setContact({ ...contact, phone: event.target.value })}
            />
            <TextField
              label={at('phone.email')}
              type="email"
              hint={at('phone.emailHint')}
              autoComplete="off"
              value={contact.email}
              onChange={(event) => setContact({ ...contact, email: event.target.value })}
            />
            <TextField
              label={at('phone.occasion')}
              maxLength={200}
              value={occasion}
              onChange={(event) => setOccasion(event.target.value)}
            />
            <SelectField
              label={at('phone.locale')}
              value={mailLocale}
              onChange={(event) => setMailLocale(event.target.value === 'en' ? 'en' : 'fr')}
            >
              <option value="fr">{at('phone.fr')}</option>
              <option value="en">{at('phone.en')}</option>
            </SelectField>
          </fieldset>

          {party > 0 && (
            <details className="rounded-md border border-white/10 p-3">
              <summary className="cursor-pointer text-sm text-cream">{at('phone.guests')}</summary>
              <ol className="mt-3 grid gap-3 lg:grid-cols-2">
                {guestFormulas.map((formulaId, index) => (
                  <li key={index}>
                    <GuestFields
                      index={index}
                      guest={guests[index] ?? { menu: {}, dietaryNotes: '' }}
                      menu={show.data?.formulas.find((f) => f.id === formulaId)?.menu}
                      onChange={(next) =>
                        setGuests((current) =>
                          Array.from({ length: Math.max(current.length, index + 1) }, (_, i) =>
                            i === index ? next : (current[i] ?? { menu: {}, dietaryNotes: '' }),
                          ),
                        )
                      }
                    />
                  </li>
                ))}
              </ol>
            </details>
          )}

          {error && (
            <p role="alert" className="text-sm text-rose-200">
              {error}
            </p>
          )}
          <Button type="submit" variant="primary" disabled={create.pending}>
            {create.pending ? at('phone.creating') : at('phone.create')}
          </Button>
        </>
      )}
    </form>
  );
}
