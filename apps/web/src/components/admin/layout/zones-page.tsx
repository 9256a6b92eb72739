// The room's zones (what a guest chooses between): names and descriptions in both languages and
// their order; a new zone, whose tables are then placed on the plan. Admins and managers change
// them; the box office reads them.
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import {
  useCreateZone,
  useUpdateZone,
  type AdminZone,
  type ZoneFields,
} from '../catalogue/api/use-zones';
import { Field } from '../../shared/field';
import { StatusMessage } from '../../shared/alert';
import { fieldErrors } from '../catalogue/form-values';
import { errorText } from '../ui/error-text';
import { useLayoutT } from './messages';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

type Draft = Record<keyof ZoneFields, string>;

const EMPTY: Draft = {
  code: '',
  nameFr: '',
  nameEn: '',
  descriptionFr: '',
  descriptionEn: '',
  sort: '0',
};

const draftOf = (zone: AdminZone): Draft => ({
  code: zone.code,
  nameFr: zone.nameFr,
  nameEn: zone.nameEn,
  descriptionFr: zone.descriptionFr,
  descriptionEn: zone.descriptionEn,
  sort: String(zone.sort),
});

export function ZonesPage({ zones, editable }: { zones: AdminZone[]; editable: boolean }) {
  const { at } = useLayoutT();
  return (
    <div className="space-y-4">
      <p className="max-w-2xl text-sm text-mist">{at('zones.lead')}</p>
      {zones.map((zone) => (
        <ZoneForm key={`${zone.id}:${zone.nameFr}:${zone.sort}`} zone={zone} editable={editable} />
      ))}
      {editable && <ZoneForm zone={null} editable />}
    </div>
  );
}

function ZoneForm({ zone, editable }: { zone: AdminZone | null; editable: boolean }) {
  const { t } = useStaffT();
  const { at } = useLayoutT();
  const create = useCreateZone();
  const update = useUpdateZone();
  const [draft, setDraft] = useState<Draft>(zone ? draftOf(zone) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const pending = create.pending || update.pending;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      nameFr: draft.nameFr.trim(),
      nameEn: draft.nameEn.trim(),
      descriptionFr: draft.descriptionFr.trim(),
      descriptionEn: draft.descriptionEn.trim(),
      sort: Number(draft.sort) || 0,
    };
    const outcome = zone
      ? await update.run({ id: zone.id, ...fields })
      : await create.run({ code: draft.code.trim(), ...fields });
    if (outcome.ok) {
      setErrors({});
      setResult({ ok: true, text: zone ? at('zones.saved') : at('zones.created') });
      if (!zone) setDraft(EMPTY);
    } else {
      setErrors(fieldErrors(outcome.error));
      setResult({ ok: false, text: errorText(t, outcome.error) });
    }
  }

  const input =
    (name: keyof Draft, type = 'text') =>
    (props: object) => (
      <input
        {...props}
        type={type}
        readOnly={!editable || (name === 'code' && zone !== null)}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        className={controlClass}
      />
    );
  const textarea = (name: keyof Draft) => (props: object) => (
    <textarea
      {...props}
      rows={2}
      readOnly={!editable}
      value={draft[name]}
      onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      className={controlClass}
    />
  );
  const heading = zone ? at('zones.edit', { name: zone.nameFr }) : at('zones.add');
  const error = (name: string) => errors[name];

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={heading}
      className={`${panelClass({ padded: false })} space-y-3 p-4`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-medium text-cream">{zone ? zone.nameFr : at('zones.add')}</h2>
        {zone && (
          <p className="text-xs text-mist">
            {at('zones.seats', { seats: zone.seats, tables: zone.tables.length })}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label={at('zones.code')}
          hint={zone ? undefined : at('zones.codeHint')}
          error={error('code')}
        >
          {input('code')}
        </Field>
        <Field label={at('zones.nameFr')} error={error('nameFr')}>
          {input('nameFr')}
        </Field>
        <Field label={at('zones.nameEn')} error={error('nameEn')}>
          {input('nameEn')}
        </Field>
        <Field
          label={at('zones.descriptionFr')}
          error={error('descriptionFr')}
          className="sm:col-span-3"
        >
          {textarea('descriptionFr')}
        </Field>
        <Field
          label={at('zones.descriptionEn')}
          error={error('descriptionEn')}
          className="sm:col-span-3"
        >
          {textarea('descriptionEn')}
        </Field>
        <Field label={at('zones.sort')} error={error('sort')}>
          {input('sort', 'number')}
        </Field>
      </div>
      {editable && (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant={zone ? 'secondary' : 'primary'} disabled={pending}>
            {zone ? at('zones.saveZone') : at('zones.create')}
          </Button>
          <StatusMessage result={result} />
        </div>
      )}
    </form>
  );
}
