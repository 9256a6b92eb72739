import { useStaffT } from '../staff-messages';
import {
  CHANNELS,
  STATUSES,
  type NotificationChannel,
  type NotificationStatus,
} from '../api/vocabulary';
import { channelLabel, statusLabel } from '../ui/labels';
import { SelectField } from '../../shared/field';

export function LogFilters({
  status,
  channel,
  onChange,
}: {
  status: NotificationStatus | undefined;
  channel: NotificationChannel | undefined;
  onChange: (changes: { status?: string | undefined; channel?: string | undefined }) => void;
}) {
  const { t } = useStaffT();
  return (
    <div
      role="group"
      aria-label={t('admin.filters.label')}
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        label={t('admin.filters.status')}
        className="min-w-36 flex-1 sm:flex-none"
        value={status ?? ''}
        onChange={(event) => onChange({ status: event.target.value || undefined })}
      >
        <option value="">{t('admin.filters.all')}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(t, value)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('admin.filters.channel')}
        className="min-w-36 flex-1 sm:flex-none"
        value={channel ?? ''}
        onChange={(event) => onChange({ channel: event.target.value || undefined })}
      >
        <option value="">{t('admin.filters.all')}</option>
        {CHANNELS.map((value) => (
          <option key={value} value={value}>
            {channelLabel(t, value)}
          </option>
        ))}
      </SelectField>
      {(status || channel) && (
        <button
          type="button"
          onClick={() => onChange({ status: undefined, channel: undefined })}
          className="min-h-10 rounded-md px-2 text-sm text-mist underline decoration-white/20 underline-offset-4 hover:text-gold-bright"
        >
          {t('admin.filters.reset')}
        </button>
      )}
    </div>
  );
}
