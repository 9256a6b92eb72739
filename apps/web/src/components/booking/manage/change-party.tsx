// Changing the number of guests of each line (PATCH /bookings/:id), within availability.
import { useState, type FormEvent } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { updateBooking } from '../api/booking-api';
import type { BookingView } from '../api/types';
import {
  describeBookingError,
  retryWhileUnavailable,
  type BookingProblem,
} from '../flow/booking-error';
import { ProblemAlert } from '../ui/problem-alert';
import { Button } from '../../shared/button';
import { sectionTitleClass } from '../../shared/heading-class';
import { Panel } from '../../shared/panel';
import { Stepper } from '../../shared/stepper';

export function ChangeParty({
  booking,
  onChanged,
}: {
  booking: BookingView;
  onChanged: (booking: BookingView) => void;
}) {
  const { t, bt, locale } = useBookingT();
  const [guests, setGuests] = useState(() => booking.lines.map((line) => line.guests));
  const [problem, setProblem] = useState<BookingProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = guests.some((count, i) => count !== booking.lines[i]?.guests);
  const total = guests.reduce((sum, count) => sum + count, 0);

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setBusy(true);
    try {
      const lines = booking.lines.map((line, i) => ({
        formulaId: line.formulaId,
        zoneId: line.zoneId,
        guests: guests[i] ?? line.guests,
      }));
      const next = await retryWhileUnavailable(() => updateBooking(booking.id, { lines }));
      setGuests(next.lines.map((line) => line.guests));
      onChanged(next);
    } catch (error) {
      const found = describeBookingError(t, bt, error);
      // Here the way forward is another number of guests (or the phone), not the booking flow.
      setProblem(found.action === 'call' ? found : { ...found, action: 'fix' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel as="section" aria-labelledby="change-title">
      <h2 id="change-title" className={sectionTitleClass}>
        {bt('booking.change.title')}
      </h2>
      <form noValidate onSubmit={save} className="mt-4 space-y-4">
        {booking.lines.map((line, i) => (
          <Stepper
            key={`${line.formulaId}:${line.zoneId}`}
            label={bt('booking.change.guests', {
              formula: locale === 'fr' ? line.formulaNameFr : line.formulaNameEn,
              zone: locale === 'fr' ? line.zoneNameFr : line.zoneNameEn,
            })}
            value={guests[i] ?? line.guests}
            min={1}
            max={Math.max(1, booking.maxParty - total + (guests[i] ?? 0))}
            onChange={(value) => setGuests(guests.map((count, j) => (j === i ? value : count)))}
            lessLabel={bt('flow.party.less')}
            moreLabel={bt('flow.party.more')}
          />
        ))}
        {problem && <ProblemAlert problem={problem} />}
        <Button type="submit" variant="primary" disabled={!changed || busy}>
          {bt('booking.change.save')}
        </Button>
      </form>
    </Panel>
  );
}
