// A customer's tags (VIP as a checkbox, the rest typed) and the team's notes. Saved together;
// the form shows the saved state again if the server refuses.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { buttonPrimary, field, label } from '../ui/classes';
import { errorText } from '../ui/error-text';
import { useUpdateCustomer, type CustomerProfile } from './api/use-customer';
import { useCustomersT } from './messages';

const TAG = /^[a-z0-9-]{1,30}$/;

export function CustomerEdit({ customer }: { customer: CustomerProfile }) {
  const { t } = useT();
  const { at } = useCustomersT();
  const id = useId();
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
      <label className="flex min-h-10 items-center gap-2 text-sm text-cream">
        <input
          type="checkbox"
          checked={vip}
          onChange={(event) => setVip(event.target.checked)}
          className="size-4 accent-gold"
        />
        {at('edit.vip')}
      </label>
      <div>
        <label htmlFor={`${id}-tags`} className={label}>
          {at('edit.tags')}
        </label>
        <input
          id={`${id}-tags`}
          value={others}
          aria-describedby={`${id}-tags-hint`}
          onChange={(event) => setOthers(event.target.value)}
          className={field}
        />
        <p id={`${id}-tags-hint`} className="mt-1 text-xs text-mist">
          {at('edit.tagsHint')}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-notes`} className={label}>
          {at('edit.notes')}
        </label>
        <textarea
          id={`${id}-notes`}
          rows={4}
          maxLength={4000}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          className={`${field} py-2`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={update.pending} className={buttonPrimary}>
          {at('edit.save')}
        </button>
        <p role="status" className={`text-sm ${result?.ok ? 'text-emerald-200' : 'text-rose-200'}`}>
          {result?.text}
        </p>
      </div>
    </form>
  );
}
