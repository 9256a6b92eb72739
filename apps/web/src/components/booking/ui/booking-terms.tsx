// What is paid where and the cancellation rules, stated wherever a guest commits or could change
// their mind (#14 item 5): the review step, the ticket, the cancel dialog. The confirmation email
// words them the same way (the server's booking-copy.ts, bookingTerms).
import type { BookingStatus } from '@ladiva/contract/booking';
import { useBookingT } from '../../../hooks/use-booking-t';
import { useVenue } from '../api/use-venue';

export interface TermsInput {
  rules: { deadline: string; feeCents: number };
  totalCents: number;
  /** Omitted before the booking exists (the review step): the terms it would be made under. */
  status?: BookingStatus;
  /** A cancelled booking: the fee it owes. */
  owedCents?: number;
  /** Past the deadline: the guest can no longer change or cancel online (the server's verdict). */
  closed?: boolean;
}

/** The terms as sentences: what to pay and where, then what may still be changed until when. */
function useTermsText({
  rules,
  totalCents,
  status,
  owedCents = 0,
  closed = false,
}: TermsInput): string[] {
  const { bt, when, money } = useBookingT();
  const venue = useVenue();
  const phone = venue.venue?.phone ?? null;
  const date = when(rules.deadline, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  if (status === 'cancelled') {
    return [owedCents > 0 ? bt('terms.owed', { fee: money(owedCents) }) : bt('terms.nothingDue')];
  }
  const pay = bt('terms.payAtVenue', { total: money(totalCents) });
  if (status === 'checked_in' || status === 'no_show' || status === 'expired') return [pay];
  if (closed) {
    const call = phone ? bt('terms.closedCallUs', { phone }) : bt('terms.closedContactUs');
    return [pay, `${bt('terms.closed', { date })} ${call}`];
  }
  const cancel =
    rules.feeCents > 0
      ? bt('terms.cancelWithFee', { date, fee: money(rules.feeCents) })
      : bt('terms.cancelFree', { date });
  const callUs = phone ? bt('terms.callUs', { phone }) : bt('terms.contactUs');
  return [pay, `${cancel} ${callUs}`];
}

/** The terms as a short titled list. */
export function BookingTerms({ className = '', ...input }: TermsInput & { className?: string }) {
  const { bt } = useBookingT();
  const lines = useTermsText(input);
  return (
    <section
      aria-labelledby="terms-title"
      className={`rounded-xl border border-gold/25 bg-night/60 px-4 py-3 text-sm text-cream ${className}`}
    >
      <h3 id="terms-title" className="font-semibold text-gold-bright">
        {bt('terms.title')}
      </h3>
      <ul className="mt-1 space-y-1">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
