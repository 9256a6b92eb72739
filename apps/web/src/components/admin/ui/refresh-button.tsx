import { useStaffT } from '../staff-messages';
import { RefreshIcon } from './channel-icon';
import { Button } from '../../shared/button';

export function RefreshButton({ onClick, busy }: { onClick: () => void; busy: boolean }) {
  const { t } = useStaffT();
  return (
    <Button onClick={onClick} aria-busy={busy}>
      <RefreshIcon className={`size-4 ${busy ? 'animate-spin motion-reduce:animate-none' : ''}`} />
      {t('admin.refresh')}
    </Button>
  );
}
