// A booking failure: what happened, in words, and the button or link that gets the guest going.
import type { ReactNode } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { Alert } from '../../shared/alert';
import { Button } from '../../shared/button';
import { buttonClass } from '../../shared/button-class';
import { useVenue } from '../api/use-venue';
import type { BookingProblem } from '../flow/booking-error';

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
  const call = problem.action === 'call' && phone;
  const act = label && onAction;
  return (
    <Alert
      tone="error"
      className="py-4"
      actions={
        call || act ? (
          <>
            {call && (
              <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className={buttonClass()}>
                {bt('flow.action.call')} · {phone}
              </a>
            )}
            {act && <Button onClick={onAction}>{label}</Button>}
          </>
        ) : null
      }
    >
      <p>{problem.message}</p>
      {extra}
    </Alert>
  );
}
