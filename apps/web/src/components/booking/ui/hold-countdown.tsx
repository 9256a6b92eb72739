import { useEffect } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { countdownAnnouncement, formatSeconds, useSecondsLeft } from '../flow/countdown';

/**
 * The hold's time left, always in sight (sticky). The clock itself is silent; a polite live
 * region speaks once at one minute left and once when time is up.
 */
export function HoldCountdown({
  expiresAt,
  onExpire,
}: {
  expiresAt: string;
  onExpire: () => void;
}) {
  const { bt } = useBookingT();
  const seconds = useSecondsLeft(expiresAt);
  const expired = seconds <= 0;
  useEffect(() => {
    if (expired) onExpire();
  }, [expired, onExpire]);
  const announcement = countdownAnnouncement(seconds);
  const urgent = seconds <= 60;
  return (
    <div
      className={`sticky top-2 z-20 flex min-h-11 items-center justify-center gap-2 rounded-full border px-4 py-2 text-sm shadow-lg shadow-black/40 backdrop-blur ${
        urgent
          ? 'border-rose-400/60 bg-rose-950/80 text-rose-100'
          : 'border-gold/40 bg-night/85 text-cream'
      }`}
    >
      <span role="timer" aria-live="off">
        {bt('flow.countdown', { time: formatSeconds(seconds) })}
      </span>
      <span aria-live="polite" className="sr-only">
        {announcement && bt(`flow.countdown.${announcement}`)}
      </span>
    </div>
  );
}
