// Adds a staff note to a booking; it joins the history (the server answers with the booking).
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { buttonSecondary, field, label } from '../ui/classes';
import { errorText } from '../ui/error-text';
import { useAddNote } from './api/use-booking';
import { useBookingsT } from './messages';

export function BookingNotes({ bookingId }: { bookingId: string }) {
  const { t } = useT();
  const { at } = useBookingsT();
  const id = useId();
  const addNote = useAddNote();
  const [body, setBody] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setResult({ ok: false, text: at('notes.empty') });
      return;
    }
    const outcome = await addNote.run({ id: bookingId, body: body.trim() });
    if (outcome.ok) setBody('');
    setResult(
      outcome.ok
        ? { ok: true, text: at('notes.added') }
        : { ok: false, text: errorText(t, outcome.error) },
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2 print:hidden">
      <label htmlFor={`${id}-note`} className={label}>
        {at('notes.label')}
      </label>
      <textarea
        id={`${id}-note`}
        rows={3}
        maxLength={2000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        className={`${field} py-2`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={addNote.pending} className={buttonSecondary}>
          {at('notes.add')}
        </button>
        <p role="status" className={`text-sm ${result?.ok ? 'text-emerald-200' : 'text-rose-200'}`}>
          {result?.text}
        </p>
      </div>
    </form>
  );
}
