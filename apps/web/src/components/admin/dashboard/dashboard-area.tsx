// The dashboard area of the back office: its own lazy chunk, its own routes under /admin/dashboard.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function DashboardArea() {
  return <EmptyState>…</EmptyState>;
}
