// Extras offered when booking: a table, each row editable in place; a form to add one.
import type { AdminExtra } from '@ladiva/contract/backoffice-catalogue';
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { useCreateExtra, useExtras, useUpdateExtra } from './api/use-extras';
import { StatusMessage } from '../../shared/alert';
import { centsToInput, fieldErrors, parseEuros } from './form-values';
import { useCatalogueT } from './messages';
import { controlClass, labelClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

interface Draft {
  code: string;
  nameFr: string;
  nameEn: string;
  price: string;
  sort: string;
}
const EMPTY: Draft = { code: '', nameFr: '', nameEn: '', price: '', sort: '0' };
const fromExtra = (e: AdminExtra): Draft => ({
  code: e.code,
  nameFr: e.nameFr,
  nameEn: e.nameEn,
  price: centsToInput(e.priceCents),
  sort: String(e.sort),
});
const th = 'px-3 py-2 text-left text-xs font-medium text-mist';
const COLUMNS = ['code', 'nameFr', 'nameEn', 'price', 'sort'] as const;
const LABEL = {
  code: 'extras.code',
  nameFr: 'extras.nameFr',
  nameEn: 'extras.nameEn',
  price: 'extras.price',
  sort: 'extras.sort',
} as const;

export function ExtrasPage({ editor }: { editor: boolean }) {
  const { t } = useStaffT();
  const { at, money, locale } = useCatalogueT();
  const extras = useExtras();
  const create = useCreateExtra();
  const update = useUpdateExtra();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fresh, setFresh] = useState<Draft>(EMPTY);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const items = extras.data?.items ?? [];

  function toBody(d: Draft) {
    const priceCents = parseEuros(d.price);
    if (priceCents === null) return null;
    return {
      code: d.code.trim(),
      nameFr: d.nameFr.trim(),
      nameEn: d.nameEn.trim(),
      priceCents,
      sort: Number(d.sort) || 0,
    };
  }

  async function save(event: FormEvent, id: string | null) {
    event.preventDefault();
    const body = toBody(id ? draft : fresh);
    if (!body) {
      setResult({ ok: false, text: at('prices.invalid') });
      return;
    }
    const outcome = id ? await update.run({ id, ...body }) : await create.run(body);
    if (!outcome.ok) {
      const fields = Object.keys(fieldErrors(outcome.error));
      setResult({
        ok: false,
        text: fields.length
          ? `${errorText(t, outcome.error)} (${fields.join(', ')})`
          : errorText(t, outcome.error),
      });
      return;
    }
    setResult({ ok: true, text: id ? at('saved') : at('extras.created') });
    if (id) setEditing(null);
    else setFresh(EMPTY);
  }

  const input = (
    d: Draft,
    set: (d: Draft) => void,
    column: (typeof COLUMNS)[number],
    label: string,
  ) => (
    <input
      aria-label={label}
      value={d[column]}
      inputMode={column === 'price' ? 'decimal' : column === 'sort' ? 'numeric' : undefined}
      onChange={(event) => set({ ...d, [column]: event.target.value })}
      className={`${controlClass} ${column === 'code' ? 'font-mono' : ''}`}
    />
  );

  return (
    <>
      <PageHeader eyebrow={at('eyebrow')} title={at('extras.title')} lead={at('extras.lead')} />
      <div className="space-y-5">
        <div className={`${panelClass({ padded: false })} overflow-x-auto`}>
          {extras.loading && (
            <div className="p-4">
              <Loading />
            </div>
          )}
          {extras.error && (
            <div className="p-3">
              <QueryError error={extras.error} onRetry={extras.reload} />
            </div>
          )}
          {extras.data && items.length === 0 && (
            <div className="p-3">
              <EmptyState>{at('extras.empty')}</EmptyState>
            </div>
          )}
          {items.length > 0 && (
            <form onSubmit={(event) => editing && void save(event, editing)}>
              <table className="w-full min-w-[40rem] text-sm">
                <caption className="sr-only">{at('extras.caption')}</caption>
                <thead className="border-b border-white/10 bg-white/[0.02]">
                  <tr>
                    {COLUMNS.map((column) => (
                      <th key={column} scope="col" className={th}>
                        {at(LABEL[column])}
                      </th>
                    ))}
                    {editor && (
                      <th scope="col" className={th}>
                        <span className="sr-only">{at('extras.actions')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody className="divide-y divide-white/5">
                  {items.map((extra) => {
                    const label = locale === 'fr' ? extra.nameFr : extra.nameEn;
                    if (editing === extra.id) {
                      return (
                        <tr key={extra.id}>
                          {COLUMNS.map((column) => (
                            <td key={column} className="px-2 py-1.5">
                              {input(
                                draft,
                                setDraft,
                                column,
                                `${at(LABEL[column])} · ${labelClass}`,
                              )}
                            </td>
                          ))}
                          <td className="px-2 py-1.5 whitespace-nowrap">
                            <Button type="submit" variant="primary" disabled={update.pending}>
                              {at('save')}
                            </Button>{' '}
                            <Button onClick={() => setEditing(null)}>{at('cancel')}</Button>
                          </td>
                        </tr>
                      );
                    }
                    return (
                      <tr key={extra.id}>
                        <td className="px-3 py-2 font-mono text-xs text-mist">{extra.code}</td>
                        <td className="px-3 py-2 text-cream" lang="fr">
                          {extra.nameFr}
                        </td>
                        <td className="px-3 py-2 text-cream" lang="en">
                          {extra.nameEn}
                        </td>
                        <td className="px-3 py-2 text-mist tabular-nums">
                          {money(extra.priceCents)}
                        </td>
                        <td className="px-3 py-2 text-mist tabular-nums">{extra.sort}</td>
                        {editor && (
                          <td className="px-2 py-1.5 text-right">
                            <Button
                              aria-label={at('extras.editOf', { name: label })}
                              onClick={() => {
                                setResult(null);
                                setDraft(fromExtra(extra));
                                setEditing(extra.id);
                              }}
                            >
                              {at('edit')}
                            </Button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </form>
          )}
        </div>
        <StatusMessage result={result} />
        {editor && (
          <form
            onSubmit={(event) => void save(event, null)}
            className={`${panelClass({ padded: false })} p-4`}
          >
            <h2 className="mb-3 text-base font-semibold text-cream">{at('extras.new')}</h2>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[8rem_minmax(0,1fr)_minmax(0,1fr)_7rem_5rem_auto] lg:items-end">
              {COLUMNS.map((column) => (
                <div key={column}>
                  <label
                    htmlFor={`extra-new-${column}`}
                    className="mb-1 block text-xs font-medium text-mist"
                  >
                    {at(LABEL[column])}
                  </label>
                  <input
                    id={`extra-new-${column}`}
                    value={fresh[column]}
                    required={column !== 'sort'}
                    inputMode={
                      column === 'price' ? 'decimal' : column === 'sort' ? 'numeric' : undefined
                    }
                    onChange={(event) => setFresh({ ...fresh, [column]: event.target.value })}
                    className={`${controlClass} ${column === 'code' ? 'font-mono' : ''}`}
                  />
                </div>
              ))}
              <Button type="submit" variant="primary" disabled={create.pending}>
                {at('extras.new')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </>
  );
}
