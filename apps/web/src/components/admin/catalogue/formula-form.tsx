// Creating or changing a formula: code, names and descriptions in both languages, the suggested
// arrival, the display order and the menu's choices.
import type { AdminFormula } from '@ladiva/contract/backoffice-catalogue';
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useCreateFormula, useUpdateFormula } from './api/use-formulas';
import { SaveRow } from './form-kit';
import { Field } from '../../shared/field';
import { fieldErrors } from './form-values';
import { draftsToMenu, menuToDrafts, type CourseDraft } from './menu-drafts';
import { MenuEditor } from './menu-editor';
import { useCatalogueT } from './messages';
import { controlClass } from '../../shared/field';
import { Button } from '../../shared/button';

interface Draft {
  code: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  arrivalMinutesBefore: string;
  sort: string;
  courses: CourseDraft[];
}

const fromFormula = (f: AdminFormula | null): Draft => ({
  code: f?.code ?? '',
  nameFr: f?.nameFr ?? '',
  nameEn: f?.nameEn ?? '',
  descriptionFr: f?.descriptionFr ?? '',
  descriptionEn: f?.descriptionEn ?? '',
  arrivalMinutesBefore: String(f?.arrivalMinutesBefore ?? 30),
  sort: String(f?.sort ?? 0),
  courses: f ? menuToDrafts(f.menu) : [],
});

export function FormulaForm({
  formula,
  readOnly,
  onDone,
}: {
  formula: AdminFormula | null;
  readOnly: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffT();
  const { at } = useCatalogueT();
  const create = useCreateFormula();
  const update = useUpdateFormula();
  const [draft, setDraft] = useState(() => fromFormula(formula));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const pending = create.pending || update.pending;
  const set = (name: Exclude<keyof Draft, 'courses'>) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      code: draft.code.trim(),
      nameFr: draft.nameFr.trim(),
      nameEn: draft.nameEn.trim(),
      descriptionFr: draft.descriptionFr.trim(),
      descriptionEn: draft.descriptionEn.trim(),
      arrivalMinutesBefore: Number(draft.arrivalMinutesBefore),
      sort: Number(draft.sort),
      menu: draftsToMenu(draft.courses),
    };
    const outcome = formula
      ? await update.run({ id: formula.id, ...body })
      : await create.run(body);
    if (outcome.ok) {
      onDone(formula ? at('saved') : at('formula.created'));
      return;
    }
    setErrors(fieldErrors(outcome.error));
    setResult({ ok: false, text: errorText(t, outcome.error) });
  }

  const err = (name: string) =>
    errors[name] === 'taken'
      ? at('field.taken')
      : errors[name]
        ? at('field.invalid', { message: errors[name] })
        : undefined;
  const menuError = Object.entries(errors).find(([name]) => name.startsWith('menu'))?.[1];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={at('formula.code')} hint={at('formula.codeHint')} error={err('code')}>
          {(props) => (
            <input
              {...props}
              required
              readOnly={readOnly}
              value={draft.code}
              onChange={(event) => set('code')(event.target.value)}
              className={`${controlClass} font-mono`}
            />
          )}
        </Field>
        <Field label={at('formula.arrival')} error={err('arrivalMinutesBefore')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={300}
              readOnly={readOnly}
              value={draft.arrivalMinutesBefore}
              onChange={(event) => set('arrivalMinutesBefore')(event.target.value)}
              className={controlClass}
            />
          )}
        </Field>
        <Field label={at('formula.sort')} error={err('sort')}>
          {(props) => (
            <input
              {...props}
              type="number"
              readOnly={readOnly}
              value={draft.sort}
              onChange={(event) => set('sort')(event.target.value)}
              className={controlClass}
            />
          )}
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {(['Fr', 'En'] as const).map((lang) => (
          <div key={lang} lang={lang.toLowerCase()} className="min-w-0 space-y-3">
            <Field
              label={`${at('formula.name')} (${lang.toUpperCase()})`}
              error={err(`name${lang}`)}
            >
              {(props) => (
                <input
                  {...props}
                  required
                  maxLength={80}
                  readOnly={readOnly}
                  value={draft[`name${lang}`]}
                  onChange={(event) => set(`name${lang}`)(event.target.value)}
                  className={controlClass}
                />
              )}
            </Field>
            <Field
              label={`${at('formula.description')} (${lang.toUpperCase()})`}
              error={err(`description${lang}`)}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={3}
                  maxLength={2000}
                  readOnly={readOnly}
                  value={draft[`description${lang}`]}
                  onChange={(event) => set(`description${lang}`)(event.target.value)}
                  className={`${controlClass} py-2`}
                />
              )}
            </Field>
          </div>
        ))}
      </div>
      <MenuEditor
        courses={draft.courses}
        readOnly={readOnly}
        onChange={(courses) => setDraft((current) => ({ ...current, courses }))}
      />
      {menuError && (
        <p className="text-sm text-rose-200">{at('field.invalid', { message: menuError })}</p>
      )}
      {!readOnly && (
        <SaveRow pending={pending} result={result}>
          <Button onClick={() => onDone('')}>{at('cancel')}</Button>
        </SaveRow>
      )}
    </form>
  );
}
