// The room area of the back office: its own lazy chunk, its own routes under /admin/room.
// (Work in progress: replaced by the area's pages.)
import { EmptyState } from '../ui/feedback';

export default function RoomArea() {
  return <EmptyState>…</EmptyState>;
}
