// GDPR tools on a customer: the export (admins and managers) as a JSON file, and erasure (admins
// only) behind a dialog where the customer's email must be typed — it cannot be undone.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useStaffT } from '../staff-messages';
import { ApiError } from '../../../lib/api/api-request';
import { ConfirmDialog } from '../../shared/dialog';
import { errorText } from '../ui/error-text';
import { useHasRole } from '../ui/use-has-role';
import { downloadExport, useEraseCustomer, type CustomerProfile } from './api/use-customer';
import { useCustomersT } from './messages';
import { TextField } from '../../shared/field';
import { Button } from '../../shared/button';

export function CustomerGdpr({ customer }: { customer: CustomerProfile }) {
  const { t } = useStaffT();
  const { at } = useCustomersT();
  const navigate = useNavigate();
  const canExport = useHasRole(['admin', 'manager']);
  const canErase = useHasRole(['admin']);
  const erase = useEraseCustomer();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);

  async function exportJson() {
    setExporting(true);
    try {
      await downloadExport(customer.customerId);
      setStatus({ ok: true, text: at('gdpr.exported') });
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError(0, 'NETWORK', String(caught));
      setStatus({ ok: false, text: errorText(t, apiError) });
    } finally {
      setExporting(false);
    }
  }

  async function confirmErase() {
    const outcome = await erase.run(customer.customerId);
    if (!outcome.ok) return setError(errorText(t, outcome.error));
    setOpen(false);
    void navigate('..', { relative: 'path', state: { erased: true } });
  }

  if (!canExport && !canErase) return null;
  const matches = typed.trim().toLowerCase() === customer.email.toLowerCase();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {canExport && (
          <Button disabled={exporting} onClick={() => void exportJson()}>
            {at('gdpr.export')}
          </Button>
        )}
        {canErase && (
          <Button
            variant="danger"
            onClick={() => {
              setTyped('');
              setError(null);
              setOpen(true);
            }}
          >
            {at('gdpr.erase')}
          </Button>
        )}
      </div>
      <p role="status" className={`text-sm ${status?.ok ? 'text-emerald-200' : 'text-rose-200'}`}>
        {status?.text}
      </p>
      {canErase && (
        <ConfirmDialog
          open={open}
          title={at('gdpr.eraseTitle')}
          confirmLabel={at('gdpr.eraseYes')}
          keepLabel={at('keep')}
          pending={erase.pending}
          canConfirm={matches}
          error={error}
          onConfirm={() => void confirmErase()}
          onClose={() => setOpen(false)}
          description={at('gdpr.eraseText')}
        >
          <TextField
            className="mt-3"
            label={at('gdpr.eraseConfirm', { email: customer.email })}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
