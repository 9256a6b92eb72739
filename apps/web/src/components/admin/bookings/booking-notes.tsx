// Adds a staff note to a booking; it joins the history (the server answers with the booking).
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useAddNote } from './api/use-booking';
import { useBookingsT } from './messages';
import { TextAreaField } from '../../shared/field';
import { Button } from '../../shared/button';
import { StatusMessage } from '../../shared/alert';

export function BookingNotes({ bookingId }: { bookingId: string }) {
  const { t } = useStaffT();
  const { at } = useBookingsT();
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
      <TextAreaField
        label={at('notes.label')}
        rows={3}
        maxLength={2000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={addNote.pending}>
          {at('notes.add')}
        </Button>
        <StatusMessage result={result} />
      </div>
    </form>
  );
}
