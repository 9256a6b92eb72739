// The performances area of the back office: its own lazy chunk, its own routes under /admin/performances.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function PerformancesArea() {
  return <EmptyState>…</EmptyState>;
}
