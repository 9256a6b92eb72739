// One performance's kitchen sheet: covers per formula, dishes per course, extras, and the
// parties with dietary needs or an occasion, by table. Laid out for A4 when printed.
import { DishesByFormula } from './dishes-by-formula';
import { useKitchenT } from './messages';
import { PartiesTable } from './parties-table';
import { block, blockTitle, td, th } from './sheet-classes';
import type { KitchenPerformance } from './use-kitchen-sheet';

export function PerformanceSheet({
  performance,
  first,
}: {
  performance: KitchenPerformance;
  first: boolean;
}) {
  const { at, when, num, locale } = useKitchenT();
  const title = locale === 'fr' ? performance.showTitleFr : performance.showTitleEn;
  const headingId = `kitchen-${performance.id}`;
  const total = performance.covers.reduce((sum, cover) => sum + cover.guests, 0);
  const name = (row: { nameFr: string | null; nameEn: string | null }) =>
    (locale === 'fr' ? row.nameFr : row.nameEn) ?? '';
  return (
    <section
      aria-labelledby={headingId}
      className={`space-y-4 ${first ? '' : 'print:break-before-page'}`}
    >
      <h2 id={headingId} className="font-display text-2xl text-cream">
        <time dateTime={performance.startsAt} className="tabular-nums">
          {when(performance.startsAt, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            hour: '2-digit',
            minute: '2-digit',
          })}
        </time>
        {' · '}
        {title}
      </h2>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] print:grid-cols-[1fr_2fr]">
        <div className="space-y-4">
          <section aria-label={at('covers.title')} className={block}>
            <h3 className={blockTitle}>{at('covers.title')}</h3>
            {performance.covers.length === 0 ? (
              <p className="p-3 text-sm text-mist">{at('covers.none')}</p>
            ) : (
              <table className="w-full text-sm">
                <caption className="sr-only">{`${at('covers.title')} · ${title}`}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      {at('covers.formula')}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {at('covers.guests')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-white/5">
                  {performance.covers.map((cover) => (
                    <tr key={cover.formulaId}>
                      <th scope="row" className={`${td} text-left font-normal text-cream`}>
                        {name(cover)}
                      </th>
                      <td className={`${td} text-right text-cream tabular-nums`}>
                        {num(cover.guests)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t border-white/15">
                  <tr>
                    <th scope="row" className={`${td} text-left text-cream`}>
                      {at('covers.total')}
                    </th>
                    <td className={`${td} text-right font-semibold text-gold-bright tabular-nums`}>
                      {num(total)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
          </section>
          {performance.extras.length > 0 && (
            <section aria-label={at('extras.title')} className={block}>
              <h3 className={blockTitle}>{at('extras.title')}</h3>
              <table className="w-full text-sm">
                <caption className="sr-only">{`${at('extras.title')} · ${title}`}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      {at('extras.item')}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {at('extras.quantity')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-white/5">
                  {performance.extras.map((extra) => (
                    <tr key={extra.extraId}>
                      <th scope="row" className={`${td} text-left font-normal text-cream`}>
                        {name(extra)}
                      </th>
                      <td className={`${td} text-right text-cream tabular-nums`}>
                        {num(extra.quantity)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </div>
        <DishesByFormula performance={performance} />
      </div>
      <PartiesTable parties={performance.parties} title={title} />
    </section>
  );
}
