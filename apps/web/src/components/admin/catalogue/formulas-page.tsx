// Formulas (names, arrival, menu choices) and the price matrix formulas × zones.
import type { AdminFormula } from '@ladiva/contract/backoffice-catalogue';
import { useState } from 'react';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { useFormulas } from './api/use-formulas';
import { useZones } from './api/use-zones';
import { StatusMessage } from '../../shared/alert';
import { FormulaForm } from './formula-form';
import { useCatalogueT } from './messages';
import { PriceMatrix } from './price-matrix';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

export function FormulasPage({ editor }: { editor: boolean }) {
  const { at, locale } = useCatalogueT();
  const formulas = useFormulas();
  const zones = useZones();
  /** 'new', a formula's id, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const items = formulas.data?.items ?? [];
  const name = (f: AdminFormula) => (locale === 'fr' ? f.nameFr : f.nameEn);
  const done = (text: string) => {
    setEditing(null);
    setResult(text ? { ok: true, text } : null);
  };

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('nav.formulas')}
        actions={
          editor && editing === null ? (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {at('formulas.new')}
            </Button>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <StatusMessage result={result} />
        {editing === 'new' && (
          <section aria-labelledby="formula-new" className={`${panelClass({ padded: false })} p-4`}>
            <h2 id="formula-new" className="mb-3 text-lg font-semibold text-cream">
              {at('formulas.new')}
            </h2>
            <FormulaForm formula={null} readOnly={false} onDone={done} />
          </section>
        )}
        {formulas.loading && <Loading />}
        {formulas.error && <QueryError error={formulas.error} onRetry={formulas.reload} />}
        {formulas.data && items.length === 0 && <EmptyState>{at('formulas.empty')}</EmptyState>}
        {items.length > 0 && (
          <section aria-labelledby="formulas-list">
            <h2 id="formulas-list" className="sr-only">
              {at('formulas.list')}
            </h2>
            <ul className="grid gap-3 md:grid-cols-2">
              {items.map((formula) => (
                <li
                  key={formula.id}
                  className={`${panelClass({ padded: false })} p-4 ${editing === formula.id ? 'md:col-span-2' : ''}`}
                >
                  {editing === formula.id ? (
                    <>
                      <h3 className="mb-3 text-base font-semibold text-cream">
                        {at('formula.editTitle', { name: name(formula) })}
                      </h3>
                      <FormulaForm formula={formula} readOnly={!editor} onDone={done} />
                    </>
                  ) : (
                    <div className="flex items-start justify-between gap-3">
                      <div className="min-w-0">
                        <h3 className="font-medium text-cream">{name(formula)}</h3>
                        <p className="font-mono text-xs text-mist">{formula.code}</p>
                        <p className="mt-1 text-sm text-mist">
                          {at('formulas.arrival', { minutes: formula.arrivalMinutesBefore })} ·{' '}
                          {at('formulas.courses', { count: Object.keys(formula.menu).length })}
                        </p>
                      </div>
                      {editor && (
                        <Button
                          onClick={() => {
                            setResult(null);
                            setEditing(formula.id);
                          }}
                          aria-label={at('formula.editTitle', { name: name(formula) })}
                        >
                          {at('edit')}
                        </Button>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {zones.error && <QueryError error={zones.error} onRetry={zones.reload} />}
        {formulas.data && zones.data && items.length > 0 && (
          <PriceMatrix formulas={items} zones={zones.data.items} editor={editor} />
        )}
      </div>
    </>
  );
}
