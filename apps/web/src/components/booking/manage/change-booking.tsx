// Changing a booking from its page (PATCH /bookings/:id), within the rules: guests per line,
// extras, each guest's menu and diet (an added guest is asked theirs), the occasion. The new price
// is shown before saving; after saving, the guest is told if their table changed.
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { useLoad } from '../../../hooks/use-load';
import { fetchShow } from '../api/catalogue-api';
import { updateBooking } from '../api/booking-api';
import type { BookingView, ShowDetail } from '../api/types';
import { GuestFields } from '../../shared/guest-fields';
import {
  describeBookingError,
  retryWhileUnavailable,
  type BookingProblem,
} from '../flow/booking-error';
import { choiceOf, menuChoiceOf, type GuestChoice } from '../../../lib/guest-menu';
import { ProblemAlert } from '../ui/problem-alert';
import { Button } from '../../shared/button';
import { TextField } from '../../shared/field';
import { sectionTitleClass } from '../../shared/heading-class';
import { Loading, Skeleton } from '../../shared/loading';
import { Panel } from '../../shared/panel';
import { Stepper } from '../../shared/stepper';

/** The formula of each guest, in order: guests are counted line by line. */
function formulaOfGuest(lines: { formulaId: string }[], counts: number[]): string[] {
  return lines.flatMap((line, i) => Array.from({ length: counts[i] ?? 0 }, () => line.formulaId));
}

export function ChangeBooking({
  booking,
  onChanged,
}: {
  booking: BookingView;
  onChanged: (booking: BookingView, message: string) => void;
}) {
  const { bt } = useBookingT();
  const showId = booking.performance.show.id;
  const load = useCallback((signal: AbortSignal) => fetchShow(showId, signal), [showId]);
  const show = useLoad(load);
  return (
    <Panel as="section" aria-labelledby="change-title">
      <h2 id="change-title" className={sectionTitleClass}>
        {bt('booking.change.title')}
      </h2>
      {/* The catalogue gives the menus and the extras; without it, the guests can still change. */}
      {!show.data && !show.error ? (
        <Loading className="mt-4">
          <Skeleton className="h-40" />
        </Loading>
      ) : (
        <ChangeForm
          key={`${booking.id}:${booking.partySize}:${booking.totalCents}`}
          booking={booking}
          show={show.data ?? null}
          onChanged={onChanged}
        />
      )}
    </Panel>
  );
}

function ChangeForm({
  booking,
  show,
  onChanged,
}: {
  booking: BookingView;
  show: ShowDetail | null;
  onChanged: (booking: BookingView, message: string) => void;
}) {
  const { t, bt, locale, money } = useBookingT();
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const menuOf = useCallback(
    (formulaId: string) => show?.formulas.find((f) => f.id === formulaId)?.menu,
    [show],
  );
  const initialFormulas = formulaOfGuest(
    booking.lines,
    booking.lines.map((l) => l.guests),
  );
  const [counts, setCounts] = useState(() => booking.lines.map((line) => line.guests));
  const [extras, setExtras] = useState<Record<string, number>>(() =>
    Object.fromEntries(booking.extras.map((extra) => [extra.extraId, extra.quantity])),
  );
  const [guests, setGuests] = useState<GuestChoice[]>(() =>
    booking.guests.map((guest, i) => choiceOf(guest, menuOf(initialFormulas[i] ?? ''))),
  );
  const [occasion, setOccasion] = useState(booking.occasion ?? '');
  const [problem, setProblem] = useState<BookingProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const partySize = counts.reduce((sum, n) => sum + n, 0);
  const formulas = formulaOfGuest(booking.lines, counts);
  const guestList = Array.from(
    { length: partySize },
    (_, i) => guests[i] ?? { menu: {}, dietaryNotes: '' },
  );
  // Lines and extras kept keep their price (the engine's rule); an extra added takes today's.
  const extraPrice = (extraId: string) =>
    booking.extras.find((e) => e.extraId === extraId)?.unitPriceCents ??
    show?.extras.find((e) => e.id === extraId)?.priceCents ??
    0;
  const newTotal = useMemo(
    () =>
      booking.lines.reduce((sum, line, i) => sum + (counts[i] ?? 0) * line.unitPriceCents, 0) +
      Object.entries(extras).reduce((sum, [id, qty]) => sum + qty * extraPrice(id), 0),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- extraPrice reads booking and show
    [booking, show, counts, extras],
  );
  const storedGuests = booking.guests.map((g) => `${g.menuChoice ?? ''}|${g.dietaryNotes ?? ''}`);
  const editedGuests = guestList.map((g) => `${menuChoiceOf(g) ?? ''}|${g.dietaryNotes.trim()}`);
  const changed =
    counts.some((n, i) => n !== booking.lines[i]?.guests) ||
    Object.entries(extras).some(
      ([id, qty]) => qty !== (booking.extras.find((e) => e.extraId === id)?.quantity ?? 0),
    ) ||
    editedGuests.join('\n') !== storedGuests.join('\n') ||
    occasion.trim() !== (booking.occasion ?? '');

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setBusy(true);
    try {
      const next = await retryWhileUnavailable(() =>
        updateBooking(booking.id, {
          lines: booking.lines.map((line, i) => ({
            formulaId: line.formulaId,
            zoneId: line.zoneId,
            guests: counts[i] ?? line.guests,
          })),
          extras: Object.entries(extras)
            .filter(([, quantity]) => quantity > 0)
            .map(([extraId, quantity]) => ({ extraId, quantity })),
          guests: guestList.map((guest) => {
            const menuChoice = menuChoiceOf(guest);
            const dietaryNotes = guest.dietaryNotes.trim();
            return {
              ...(menuChoice ? { menuChoice } : {}),
              ...(dietaryNotes ? { dietaryNotes } : {}),
            };
          }),
          occasion: occasion.trim(),
        }),
      );
      const before = booking.tables.join(', ');
      const after = next.tables.join(', ');
      onChanged(
        next,
        after !== before && before && after
          ? `${bt('booking.change.saved')} ${bt('booking.change.tableMoved', { after, before })}`
          : bt('booking.change.saved'),
      );
    } catch (error) {
      const found = describeBookingError(t, bt, error);
      // Here the way forward is another choice (or the phone), not the booking flow.
      setProblem(found.action === 'call' ? found : { ...found, action: 'fix' });
    } finally {
      setBusy(false);
    }
  }

  const sub = 'font-display text-lg text-cream';
  return (
    <form noValidate onSubmit={save} className="mt-4 space-y-6">
      <fieldset className="space-y-4">
        <legend className={sub}>{bt('booking.change.party')}</legend>
        {booking.lines.map((line, i) => (
          <Stepper
            key={`${line.formulaId}:${line.zoneId}`}
            label={bt('booking.change.guests', {
              formula: name({ nameFr: line.formulaNameFr, nameEn: line.formulaNameEn }),
              zone: name({ nameFr: line.zoneNameFr, nameEn: line.zoneNameEn }),
            })}
            value={counts[i] ?? line.guests}
            min={1}
            max={Math.max(1, booking.maxParty - partySize + (counts[i] ?? 0))}
            onChange={(value) => setCounts(counts.map((n, j) => (j === i ? value : n)))}
            lessLabel={bt('flow.party.less')}
            moreLabel={bt('flow.party.more')}
          />
        ))}
      </fieldset>

      {show && show.extras.length > 0 && (
        <fieldset className="space-y-4">
          <legend className={sub}>{bt('booking.change.extras')}</legend>
          {show.extras.map((extra) => (
            <Stepper
              key={extra.id}
              label={bt('booking.change.extra', {
                name: name(extra),
                price: money(extraPrice(extra.id)),
              })}
              value={extras[extra.id] ?? 0}
              min={0}
              max={20}
              onChange={(value) => setExtras({ ...extras, [extra.id]: value })}
              lessLabel={bt('booking.change.extraLess', { name: name(extra) })}
              moreLabel={bt('booking.change.extraMore', { name: name(extra) })}
            />
          ))}
        </fieldset>
      )}

      <section aria-labelledby="change-guests-title" className="space-y-3">
        <h3 id="change-guests-title" className={sub}>
          {bt('booking.change.menus')}
        </h3>
        <ol className="space-y-3">
          {guestList.map((guest, index) => (
            <li key={index}>
              {index >= booking.partySize && (
                <p className="mb-1 text-sm text-amber-200">{bt('booking.change.newGuest')}</p>
              )}
              <GuestFields
                index={index}
                guest={guest}
                menu={menuOf(formulas[index] ?? '')}
                onChange={(next) => setGuests(guestList.map((g, i) => (i === index ? next : g)))}
              />
            </li>
          ))}
        </ol>
      </section>

      <TextField
        label={bt('flow.occasion')}
        maxLength={200}
        value={occasion}
        onChange={(event) => setOccasion(event.target.value)}
      />

      <p aria-live="polite" className="text-base text-cream tabular-nums">
        {newTotal !== booking.totalCents
          ? bt('booking.change.newTotal', {
              total: money(newTotal),
              before: money(booking.totalCents),
            })
          : bt('booking.change.sameTotal', { total: money(newTotal) })}
      </p>
      {problem && <ProblemAlert problem={problem} />}
      <Button type="submit" variant="primary" disabled={!changed || busy}>
        {bt('booking.change.save')}
      </Button>
    </form>
  );
}
