// The layout area of the back office: its own lazy chunk, its own routes under /admin/layout.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function LayoutArea() {
  return <EmptyState>…</EmptyState>;
}
