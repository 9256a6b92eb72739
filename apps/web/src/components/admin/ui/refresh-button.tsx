import { useT } from '../../../hooks/use-t';
import { RefreshIcon } from './channel-icon';
import { buttonSecondary } from './classes';

export function RefreshButton({ onClick, busy }: { onClick: () => void; busy: boolean }) {
  const { t } = useT();
  return (
    <button type="button" onClick={onClick} aria-busy={busy} className={buttonSecondary}>
      <RefreshIcon className={`size-4 ${busy ? 'animate-spin motion-reduce:animate-none' : ''}`} />
      {t('admin.refresh')}
    </button>
  );
}
