// A booking's status as a coloured dot and a word, and its source as a word.
import type { BookingStatus } from '@ladiva/contract/booking';
import { useBookingsT } from './messages';

const TONE: Record<BookingStatus, string> = {
  held: 'bg-amber-300',
  confirmed: 'bg-emerald-300',
  checked_in: 'bg-sky-300',
  cancelled: 'bg-rose-300',
  expired: 'bg-white/30',
  no_show: 'bg-orange-400',
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { at } = useBookingsT();
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium whitespace-nowrap text-cream">
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${TONE[status]}`} />
      {at(`status.${status}`)}
    </span>
  );
}
