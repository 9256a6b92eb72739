// The venue's public details (name, taglines, contact), shown on the guest site and in emails.
// Everyone who sells reads them; only admins change them (the API and the database say so too).
import type { Venue } from '@ladiva/contract/venue';
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { PageHeader } from '../ui/page-header';
import { useHasRole } from '../ui/use-has-role';
import { useUpdateVenue, useVenue } from './api/use-venue';
import { SaveRow } from './form-kit';
import { Field } from '../../shared/field';
import { fieldErrors } from './form-values';
import { useCatalogueT } from './messages';
import { ReadOnlyNote } from './read-only-note';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';

const FIELDS = [
  { name: 'name', label: 'venue.name', type: 'text', max: 120 },
  { name: 'taglineFr', label: 'venue.taglineFr', type: 'text', max: 200 },
  { name: 'taglineEn', label: 'venue.taglineEn', type: 'text', max: 200 },
  { name: 'email', label: 'venue.email', type: 'email', max: 254 },
  { name: 'phone', label: 'venue.phone', type: 'tel', max: 24 },
  { name: 'address', label: 'venue.address', type: 'text', max: 300 },
] as const;

type Draft = Record<(typeof FIELDS)[number]['name'], string>;

export function VenuePage() {
  const { at } = useCatalogueT();
  const venue = useVenue();
  const admin = useHasRole(['admin']);
  // Kept here: a save refreshes the details, and the form starts afresh from them.
  const [result, setResult] = useState<Result>(null);
  return (
    <>
      <PageHeader eyebrow={at('eyebrow')} title={at('venue.title')} lead={at('venue.lead')} />
      {!admin && <ReadOnlyNote>{at('venue.adminOnly')}</ReadOnlyNote>}
      {venue.loading && <Loading />}
      {venue.error && <QueryError error={venue.error} onRetry={venue.reload} />}
      {venue.data && (
        <VenueForm
          key={venue.data.updatedAt}
          venue={venue.data}
          editor={admin}
          result={result}
          onResult={setResult}
        />
      )}
    </>
  );
}

type Result = { ok: boolean; text: string } | null;

function VenueForm({
  venue,
  editor,
  result,
  onResult: setResult,
}: {
  venue: Venue;
  editor: boolean;
  result: Result;
  onResult: (result: Result) => void;
}) {
  const { t } = useStaffT();
  const { at, when } = useCatalogueT();
  const update = useUpdateVenue();
  const [draft, setDraft] = useState<Draft>({
    name: venue.name,
    taglineFr: venue.taglineFr,
    taglineEn: venue.taglineEn,
    email: venue.email ?? '',
    phone: venue.phone ?? '',
    address: venue.address ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    // An emptied optional detail is removed (null), never sent as an empty string.
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    const outcome = await update.run({
      name: draft.name.trim(),
      taglineFr: draft.taglineFr.trim(),
      taglineEn: draft.taglineEn.trim(),
      email: optional(draft.email),
      phone: optional(draft.phone),
      address: optional(draft.address),
    });
    if (outcome.ok) {
      setErrors({});
      setResult({ ok: true, text: at('saved') });
    } else {
      setErrors(fieldErrors(outcome.error));
      setResult({ ok: false, text: errorText(t, outcome.error) });
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className={`${panelClass({ padded: false })} max-w-2xl space-y-4 p-4`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((item) => (
          <Field
            key={item.name}
            label={at(item.label)}
            className={item.name === 'address' ? 'sm:col-span-2' : ''}
            error={
              errors[item.name]
                ? at('field.invalid', { message: errors[item.name] ?? '' })
                : undefined
            }
          >
            {(props) => (
              <input
                {...props}
                type={item.type}
                maxLength={item.max}
                readOnly={!editor}
                value={draft[item.name]}
                onChange={(event) => setDraft({ ...draft, [item.name]: event.target.value })}
                className={controlClass}
              />
            )}
          </Field>
        ))}
      </div>
      <p className="text-xs text-mist">
        {at('venue.updated', {
          date: when(venue.updatedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      {editor && <SaveRow pending={update.pending} result={result} />}
    </form>
  );
}
