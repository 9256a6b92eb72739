import { useId } from 'react';
import { useT } from '../../../hooks/use-t';
import {
  CHANNELS,
  STATUSES,
  type NotificationChannel,
  type NotificationStatus,
} from '../api/vocabulary';
import { field, label } from '../ui/classes';
import { channelLabel, statusLabel } from '../ui/labels';

export function LogFilters({
  status,
  channel,
  onChange,
}: {
  status: NotificationStatus | undefined;
  channel: NotificationChannel | undefined;
  onChange: (changes: { status?: string | undefined; channel?: string | undefined }) => void;
}) {
  const { t } = useT();
  const ids = useId();
  return (
    <div
      role="group"
      aria-label={t('admin.filters.label')}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="min-w-36 flex-1 sm:flex-none">
        <label htmlFor={`${ids}-status`} className={label}>
          {t('admin.filters.status')}
        </label>
        <select
          id={`${ids}-status`}
          value={status ?? ''}
          onChange={(event) => onChange({ status: event.target.value || undefined })}
          className={field}
        >
          <option value="">{t('admin.filters.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(t, value)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-36 flex-1 sm:flex-none">
        <label htmlFor={`${ids}-channel`} className={label}>
          {t('admin.filters.channel')}
        </label>
        <select
          id={`${ids}-channel`}
          value={channel ?? ''}
          onChange={(event) => onChange({ channel: event.target.value || undefined })}
          className={field}
        >
          <option value="">{t('admin.filters.all')}</option>
          {CHANNELS.map((value) => (
            <option key={value} value={value}>
              {channelLabel(t, value)}
            </option>
          ))}
        </select>
      </div>
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
