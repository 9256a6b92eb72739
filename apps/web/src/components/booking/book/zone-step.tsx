import { useBookingT } from '../../../hooks/use-booking-t';
import { priceIn } from '../flow/pricing';
import { ChoiceCard } from '../../shared/choice-card';
import { Fieldset } from '../../shared/fieldset';
import type { StepProps } from './party-step';

export function ZoneStep({ selection, dispatch, show, availability }: StepProps) {
  const { bt, locale, money } = useBookingT();
  const formulaId = selection.formulaId ?? '';
  return (
    <Fieldset legend={bt('flow.zone.title')} legendLook="title">
      <div className="mt-4 space-y-3">
        {availability.zones.map((zone) => {
          const price = priceIn(availability.zones, zone.zoneId, formulaId);
          const room = zone.seatsLeft >= selection.partySize;
          const about = show.zones.find((z) => z.id === zone.zoneId);
          const few = room && zone.seatsLeft <= Math.max(10, zone.capacity * 0.15);
          return (
            <ChoiceCard
              key={zone.zoneId}
              name="zone"
              value={zone.zoneId}
              checked={selection.zoneId === zone.zoneId}
              disabled={price === null || !room}
              onChange={() => dispatch({ type: 'zone', zoneId: zone.zoneId })}
              title={locale === 'fr' ? zone.nameFr : zone.nameEn}
              aside={
                price !== null && (
                  <span className="text-gold-bright tabular-nums">
                    {bt('money.perGuest', { price: money(price) })}
                  </span>
                )
              }
            >
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
            </ChoiceCard>
          );
        })}
      </div>
    </Fieldset>
  );
}
