// The kitchen area of the back office: its own lazy chunk, its own routes under /admin/kitchen.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function KitchenArea() {
  return <EmptyState>…</EmptyState>;
}
