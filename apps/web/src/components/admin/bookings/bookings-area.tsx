// The bookings area of the back office: its own lazy chunk, its own routes under /admin/bookings.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function BookingsArea() {
  return <EmptyState>…</EmptyState>;
}
