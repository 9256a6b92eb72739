// A customer's tags (VIP as a checkbox, the rest typed) and the team's notes. Saved together;
// the form shows the saved state again if the server refuses.
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useUpdateCustomer, type CustomerProfile } from './api/use-customer';
import { useCustomersT } from './messages';
import { TextAreaField, TextField } from '../../shared/field';
import { Button } from '../../shared/button';
import { Checkbox } from '../../shared/checkbox';
import { StatusMessage } from '../../shared/alert';

const TAG = /^[a-z0-9-]{1,30}$/;

export function CustomerEdit({ customer }: { customer: CustomerProfile }) {
  const { t } = useStaffT();
  const { at } = useCustomersT();
  const update = useUpdateCustomer();
  const [vip, setVip] = useState(customer.tags.includes('vip'));
  const [others, setOthers] = useState(customer.tags.filter((tag) => tag !== 'vip').join(', '));
  const [notes, setNotes] = useState(customer.notes);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = others
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean);
    const bad = typed.find((tag) => !TAG.test(tag));
    if (bad) return setResult({ ok: false, text: at('edit.badTag', { tag: bad }) });
    const tags = [...new Set([...(vip ? ['vip'] : []), ...typed.filter((tag) => tag !== 'vip')])];
    const outcome = await update.run({ id: customer.customerId, tags, notes });
    if (!outcome.ok) {
      // Back to what is saved: nothing half-applied stays on screen.
      setVip(customer.tags.includes('vip'));
      setOthers(customer.tags.filter((tag) => tag !== 'vip').join(', '));
      setNotes(customer.notes);
      return setResult({ ok: false, text: errorText(t, outcome.error) });
    }
    setResult({ ok: true, text: at('edit.saved') });
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-3">
      <Checkbox label={at('edit.vip')} checked={vip} onChange={setVip} />
      <TextField
        label={at('edit.tags')}
        hint={at('edit.tagsHint')}
        value={others}
        onChange={(event) => setOthers(event.target.value)}
      />
      <TextAreaField
        label={at('edit.notes')}
        rows={4}
        maxLength={4000}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={update.pending}>
          {at('edit.save')}
        </Button>
        <StatusMessage result={result} />
      </div>
    </form>
  );
}
