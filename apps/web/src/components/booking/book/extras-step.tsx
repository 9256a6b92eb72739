import { useBookingT } from '../../../hooks/use-booking-t';
import { sectionTitleClass } from '../../shared/heading-class';
import { panelClass } from '../../shared/panel-class';
import { Stepper } from '../../shared/stepper';
import type { StepProps } from './party-step';

export function ExtrasStep({ selection, dispatch, show }: StepProps) {
  const { bt, locale, money } = useBookingT();
  return (
    <section aria-labelledby="extras-title">
      <h2 id="extras-title" className={sectionTitleClass}>
        {bt('flow.extras.title')}
      </h2>
      <p className="mt-1 text-sm text-mist">{bt('flow.extras.lead')}</p>
      {show.extras.length === 0 && <p className="mt-4 text-mist">{bt('flow.extras.none')}</p>}
      <ul className="mt-4 space-y-3">
        {show.extras.map((extra) => {
          const name = locale === 'fr' ? extra.nameFr : extra.nameEn;
          return (
            <li
              key={extra.id}
              className={`${panelClass({ padded: false })} flex flex-wrap items-center justify-between gap-3 p-4`}
            >
              <span>
                <span className="block text-cream">{name}</span>
                <span className="text-sm text-gold-bright">{money(extra.priceCents)}</span>
              </span>
              <Stepper
                label={name}
                visibleLabel={false}
                value={selection.extras[extra.id] ?? 0}
                min={0}
                max={20}
                onChange={(quantity) => dispatch({ type: 'extra', extraId: extra.id, quantity })}
                lessLabel={bt('flow.extras.less', { name })}
                moreLabel={bt('flow.extras.more', { name })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
