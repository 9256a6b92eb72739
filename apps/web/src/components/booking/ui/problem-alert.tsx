// A booking failure: what happened, in words, and the button or link that gets the guest going.
import type { ReactNode } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { useVenue } from '../api/use-venue';
import type { BookingProblem } from '../flow/booking-error';
import { buttonSecondary } from '../../account/ui/classes';

export function ProblemAlert({
  problem,
  onAction,
  extra,
}: {
  problem: BookingProblem;
  /** The way forward the page offers for this problem (none: the phone, or nothing). */
  onAction?: (() => void) | undefined;
  extra?: ReactNode;
}) {
  const { bt } = useBookingT();
  const { venue } = useVenue();
  const phone = venue?.phone;
  const label =
    problem.action === 'zone'
      ? bt('flow.action.chooseZone')
      : problem.action === 'rehold'
        ? bt('flow.action.retryHold')
        : problem.action === 'otherDate'
          ? bt('flow.action.otherDate')
          : problem.action === 'retry'
            ? bt('flow.action.retry')
            : null;
  return (
    <div
      role="alert"
      className="rounded-xl border border-rose-400/35 bg-rose-950/40 px-4 py-4 text-sm text-rose-100"
    >
      <p>{problem.message}</p>
      {problem.action === 'call' && phone && (
        <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className={`${buttonSecondary} mt-3`}>
          {bt('flow.action.call')} · {phone}
        </a>
      )}
      {label && onAction && (
        <button type="button" onClick={onAction} className={`${buttonSecondary} mt-3`}>
          {label}
        </button>
      )}
      {extra}
    </div>
  );
}
