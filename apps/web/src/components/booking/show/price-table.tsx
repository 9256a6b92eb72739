// The packages and their price in each area of the hall, with what each area is like.
import { useBookingT } from '../../../hooks/use-booking-t';
import { sectionTitleClass } from '../../shared/heading-class';
import { Panel } from '../../shared/panel';
import type { ShowDetail } from '../api/types';

export function PriceTable({ show }: { show: ShowDetail }) {
  const { bt, locale, money } = useBookingT();
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const description = (item: { descriptionFr: string; descriptionEn: string }) =>
    locale === 'fr' ? item.descriptionFr : item.descriptionEn;
  return (
    <Panel as="section" aria-labelledby="prices-title">
      <h2 id="prices-title" className={sectionTitleClass}>
        {bt('show.prices.title')}
      </h2>
      <p className="mt-1 text-sm text-mist">{bt('show.prices.lead')}</p>
      <ul className="mt-5 space-y-5">
        {show.formulas.map((formula) => (
          <li key={formula.id}>
            <h3 className="font-display text-xl text-cream">{name(formula)}</h3>
            <p className="mt-1 text-sm text-mist">{description(formula)}</p>
            <dl className="mt-2 divide-y divide-white/5 text-sm">
              {show.zones.map((zone) => {
                const price = formula.prices.find((p) => p.zoneId === zone.id)?.priceCents;
                return (
                  <div key={zone.id} className="flex justify-between gap-3 py-1.5">
                    <dt className="text-cream/90">{name(zone)}</dt>
                    <dd
                      className={
                        price === undefined ? 'text-mist/70' : 'text-gold-bright tabular-nums'
                      }
                    >
                      {price === undefined ? bt('show.prices.notSold') : money(price)}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
      <h2 className={`${sectionTitleClass} mt-8`}>{bt('show.zones.title')}</h2>
      <dl className="mt-3 space-y-3 text-sm">
        {show.zones.map((zone) => (
          <div key={zone.id}>
            <dt className="font-medium text-cream">{name(zone)}</dt>
            <dd className="text-mist">{description(zone)}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
