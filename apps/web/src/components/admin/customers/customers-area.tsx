// The customers area of the back office: its own lazy chunk, its own routes under /admin/customers.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function CustomersArea() {
  return <EmptyState>…</EmptyState>;
}
