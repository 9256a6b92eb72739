import { useBookingT } from '../../../hooks/use-booking-t';
import { sectionTitle } from '../../account/ui/classes';
import { priceIn } from '../flow/pricing';
import { choiceCard } from '../ui/classes';
import type { StepProps } from './party-step';

export function ZoneStep({ selection, dispatch, show, availability }: StepProps) {
  const { bt, locale, money } = useBookingT();
  const formulaId = selection.formulaId ?? '';
  return (
    <fieldset>
      <legend className={sectionTitle}>{bt('flow.zone.title')}</legend>
      <div className="mt-4 space-y-3">
        {availability.zones.map((zone) => {
          const price = priceIn(availability.zones, zone.zoneId, formulaId);
          const room = zone.seatsLeft >= selection.partySize;
          const about = show.zones.find((z) => z.id === zone.zoneId);
          const few = room && zone.seatsLeft <= Math.max(10, zone.capacity * 0.15);
          return (
            <label key={zone.zoneId} className={choiceCard}>
              <input
                type="radio"
                name="zone"
                value={zone.zoneId}
                checked={selection.zoneId === zone.zoneId}
                disabled={price === null || !room}
                onChange={() => dispatch({ type: 'zone', zoneId: zone.zoneId })}
                aria-labelledby={`zone-${zone.zoneId}`}
                aria-describedby={`zone-${zone.zoneId}-about`}
                className="mt-1.5 size-5 shrink-0 accent-gold"
              />
              <span className="flex-1">
                <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span id={`zone-${zone.zoneId}`} className="font-display text-xl text-cream">
                    {locale === 'fr' ? zone.nameFr : zone.nameEn}
                  </span>
                  {price !== null && (
                    <span className="text-gold-bright tabular-nums">
                      {bt('money.perGuest', { price: money(price) })}
                    </span>
                  )}
                </span>
                <span id={`zone-${zone.zoneId}-about`}>
                  {about && (
                    <span className="mt-1 block text-sm text-mist">
                      {locale === 'fr' ? about.descriptionFr : about.descriptionEn}
                    </span>
                  )}
                  <span className={`mt-1 block text-sm ${few ? 'text-amber-200' : 'text-mist/80'}`}>
                    {price === null
                      ? bt('flow.zone.notSold')
                      : room
                        ? bt('flow.zone.seatsLeft', { count: zone.seatsLeft })
                        : bt('flow.zone.notEnough', { count: selection.partySize })}
                  </span>
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
