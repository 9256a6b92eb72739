import { useStaffT } from '../staff-messages';
import type { NotificationStatus } from '../api/vocabulary';
import { statusLabel } from './labels';
import { STATUS_TONE } from './status-tone';

export function StatusBadge({ status }: { status: NotificationStatus }) {
  const { t } = useStaffT();
  const tone = STATUS_TONE[status];
  return (
    <span className={`inline-flex items-center gap-1.5 text-xs font-medium ${tone.text}`}>
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${tone.dot}`} />
      {statusLabel(t, status)}
    </span>
  );
}
