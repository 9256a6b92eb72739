// Cancelling a performance, behind a dialog (focus kept inside, Escape closes) and a typed word:
// every booking is cancelled and every guest is notified; it cannot be undone.
import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { useState } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useCancelPerformance } from './api/use-performances';
import { usePerformancesT } from './messages';
import { Alert } from '../../shared/alert';
import { Dialog } from '../../shared/dialog';
import { TextAreaField, TextField } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

export function CancelPerformance({ performance }: { performance: AdminPerformance }) {
  const { t } = useStaffT();
  const { at, num } = usePerformancesT();
  const cancel = useCancelPerformance();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const word = at('cancel.word');

  async function confirm() {
    const outcome = await cancel.run({
      id: performance.id,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (!outcome.ok) {
      setError(errorText(t, outcome.error));
      return;
    }
    setOpen(false);
    setDone(
      at('cancel.done', {
        bookings: num(outcome.value.cancelledBookings),
        notified: num(outcome.value.notified),
      }),
    );
  }

  return (
    <section
      aria-labelledby="cancel-title"
      className={`${panelClass({ padded: false })} border-rose-400/20 p-4`}
    >
      <h2 id="cancel-title" className="text-lg font-semibold text-cream">
        {at('cancel.title')}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-mist">{at('cancel.lead')}</p>
      <Button
        variant="danger"
        className="mt-3"
        onClick={() => {
          setTyped('');
          setError(null);
          setOpen(true);
        }}
      >
        {at('cancel.open')}
      </Button>
      <p role="status" className="mt-2 text-sm text-emerald-200">
        {done}
      </p>
      <Dialog
        open={open}
        tone="danger"
        title={at('cancel.title')}
        description={at('cancel.lead')}
        onClose={() => setOpen(false)}
      >
        <form
          noValidate
          className="mt-4 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim().toUpperCase() === word) void confirm();
          }}
        >
          <TextAreaField
            label={at('cancel.reason')}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <TextField
            label={at('cancel.confirmLabel')}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <Alert tone="error">{error}</Alert>
          <div className="flex flex-col-reverse gap-3 pt-3 sm:flex-row sm:justify-end">
            <Button data-autofocus onClick={() => setOpen(false)}>
              {at('cancel.keep')}
            </Button>
            <Button
              type="submit"
              variant="danger"
              disabled={cancel.pending || typed.trim().toUpperCase() !== word}
            >
              {at('cancel.confirm')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
