// The reports area of the back office: its own lazy chunk, its own routes under /admin/reports.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function ReportsArea() {
  return <EmptyState>…</EmptyState>;
}
