// Formulas × zones: the price per guest of each formula in each zone. A cell saves on Enter or
// when left; an emptied cell stops the sale there. The table shows the new price at once and
// goes back to the old one if the API refuses; the last change can be undone.
import type { AdminFormula, AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { useState, type KeyboardEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useSetPrice, type PriceChange } from './api/use-formulas';
import { centsToInput, parseEuros } from './form-values';
import { useCatalogueT } from './messages';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';
import { StatusMessage } from '../../shared/alert';

type Prices = Record<string, number | undefined>;
const cellKey = (formulaId: string, zoneId: string) => `${formulaId}:${zoneId}`;

function pricesOf(formulas: readonly AdminFormula[]): Prices {
  const out: Prices = {};
  for (const f of formulas) for (const p of f.prices) out[cellKey(f.id, p.zoneId)] = p.priceCents;
  return out;
}

export function PriceMatrix({
  formulas,
  zones,
  editor,
}: {
  formulas: readonly AdminFormula[];
  zones: readonly AdminZone[];
  editor: boolean;
}) {
  const { t } = useStaffT();
  const { at, money, locale } = useCatalogueT();
  const setPrice = useSetPrice();
  const [prices, setPrices] = useState<Prices>(() => pricesOf(formulas));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string; undo?: PriceChange } | null>(
    null,
  );
  // New answers from the server replace what is shown (React's "adjust state on a prop change").
  const [source, setSource] = useState(formulas);
  if (source !== formulas) {
    setSource(formulas);
    setPrices(pricesOf(formulas));
  }

  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;

  async function apply(change: PriceChange, undoable: boolean) {
    const key = cellKey(change.formulaId, change.zoneId);
    const before = prices[key];
    if ((change.priceCents ?? undefined) === before) return;
    const formula = formulas.find((f) => f.id === change.formulaId);
    const zone = zones.find((z) => z.id === change.zoneId);
    setPrices((current) => ({ ...current, [key]: change.priceCents ?? undefined }));
    const outcome = await setPrice.run(change);
    setDrafts(({ [key]: _, ...rest }) => rest);
    if (!outcome.ok) {
      setPrices((current) => ({ ...current, [key]: before }));
      setResult({ ok: false, text: errorText(t, outcome.error) });
      return;
    }
    const labels = { formula: formula ? name(formula) : '', zone: zone ? name(zone) : '' };
    setResult({
      ok: true,
      text:
        change.priceCents === null
          ? at('prices.removed', labels)
          : at('prices.set', { ...labels, price: money(change.priceCents) }),
      ...(undoable ? { undo: { ...change, priceCents: before ?? null } } : {}),
    });
  }

  function commit(formulaId: string, zoneId: string) {
    const key = cellKey(formulaId, zoneId);
    const text = drafts[key];
    if (text === undefined) return;
    if (text.trim() === '') {
      void apply({ formulaId, zoneId, priceCents: null }, true);
      return;
    }
    const cents = parseEuros(text);
    if (cents === null) {
      setResult({ ok: false, text: at('prices.invalid') });
      return;
    }
    void apply({ formulaId, zoneId, priceCents: cents }, true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, formulaId: string, zoneId: string) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(formulaId, zoneId);
    } else if (event.key === 'Escape') {
      const key = cellKey(formulaId, zoneId);
      setDrafts(({ [key]: _, ...rest }) => rest);
    }
  }

  if (zones.length === 0) return <p className="text-sm text-mist">{at('prices.noZones')}</p>;

  return (
    <section aria-labelledby="prices-title" className="space-y-3">
      <h2 id="prices-title" className="text-lg font-semibold text-cream">
        {at('prices.title')}
      </h2>
      {editor && <p className="max-w-3xl text-sm text-mist">{at('prices.lead')}</p>}
      <div className={`${panelClass({ padded: false })} overflow-x-auto`}>
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{at('prices.caption')}</caption>
          <thead className="border-b border-white/10 bg-white/[0.02]">
            <tr>
              <th scope="col" className="px-3 py-2 text-left text-xs font-medium text-mist">
                {at('prices.formula')}
              </th>
              {zones.map((zone) => (
                <th
                  key={zone.id}
                  scope="col"
                  className="px-3 py-2 text-right text-xs font-medium text-mist"
                >
                  {name(zone)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-white/5">
            {formulas.map((formula) => (
              <tr key={formula.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-cream">
                  {name(formula)}
                </th>
                {zones.map((zone) => {
                  const key = cellKey(formula.id, zone.id);
                  const cents = prices[key];
                  if (!editor) {
                    return (
                      <td key={zone.id} className="px-3 py-2 text-right text-mist tabular-nums">
                        {cents === undefined ? at('prices.notSold') : money(cents)}
                      </td>
                    );
                  }
                  return (
                    <td key={zone.id} className="px-2 py-1.5 text-right">
                      <span className="relative inline-block">
                        <input
                          inputMode="decimal"
                          aria-label={at('prices.cell', {
                            formula: name(formula),
                            zone: name(zone),
                          })}
                          placeholder="—"
                          value={drafts[key] ?? (cents === undefined ? '' : centsToInput(cents))}
                          onChange={(event) =>
                            setDrafts((current) => ({ ...current, [key]: event.target.value }))
                          }
                          onBlur={() => commit(formula.id, zone.id)}
                          onKeyDown={(event) => onKeyDown(event, formula.id, zone.id)}
                          className="min-h-10 w-28 rounded-md border border-white/15 bg-night py-1 pr-7 pl-2 text-right text-sm text-cream tabular-nums placeholder:text-mist/50 hover:border-white/25 focus:border-gold/70"
                        />
                        <span
                          aria-hidden="true"
                          className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 text-xs text-mist"
                        >
                          €
                        </span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex min-h-10 flex-wrap items-center gap-3">
        <StatusMessage result={result} />
        {result?.undo && (
          <Button
            disabled={setPrice.pending}
            onClick={() => result.undo && void apply(result.undo, false)}
          >
            {at('prices.undo')}
          </Button>
        )}
      </div>
    </section>
  );
}
