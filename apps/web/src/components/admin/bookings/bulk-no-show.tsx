// The bulk action on the selected rows: mark them as no-shows, after a confirmation. The server
// marks only those that can be (confirmed, performance started) and says which it skipped.
import { useState } from 'react';
import { useStaffT } from '../staff-messages';
import { ConfirmDialog } from '../../shared/dialog';
import { errorText } from '../ui/error-text';
import { useMarkNoShow } from './api/use-booking';
import { useBookingsT } from './messages';
import { Button } from '../../shared/button';

export function BulkNoShow({
  selected,
  onClear,
  onDone,
}: {
  selected: readonly string[];
  onClear: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffT();
  const { at, num } = useBookingsT();
  const noShow = useMarkNoShow();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const outcome = await noShow.run([...selected]);
    if (!outcome.ok) {
      setError(errorText(t, outcome.error));
      return;
    }
    setOpen(false);
    onClear();
    onDone(
      at('bulk.done', {
        marked: num(outcome.value.marked.length),
        skipped: num(outcome.value.skipped.length),
      }),
    );
  }

  if (selected.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-gold/30 bg-gold/[0.06] px-3 py-2 print:hidden">
      <p className="text-sm text-cream">{at('bulk.selected', { count: num(selected.length) })}</p>
      <Button
        variant="danger"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {at('bulk.noShow')}
      </Button>
      <Button onClick={onClear}>{at('bulk.clear')}</Button>
      <ConfirmDialog
        open={open}
        title={at('bulk.confirmTitle', { count: num(selected.length) })}
        confirmLabel={at('bulk.yes')}
        keepLabel={at('keep')}
        pending={noShow.pending}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
        description={at('bulk.confirmText')}
      />
    </div>
  );
}
