import type { Dispatch } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import type { PerformanceAvailability, ShowDetail } from '../api/types';
import type { FlowAction, Selection } from '../flow/flow-machine';
import { lowestPrice } from '../flow/pricing';
import { ChoiceCard } from '../../shared/choice-card';
import { Fieldset } from '../../shared/fieldset';
import { panelClass } from '../../shared/panel-class';
import { Stepper } from '../../shared/stepper';

interface StepProps {
  selection: Selection;
  dispatch: Dispatch<FlowAction>;
  show: ShowDetail;
  availability: PerformanceAvailability;
}

export function PartyStep({ selection, dispatch, show, availability }: StepProps) {
  const { bt, locale, money, when } = useBookingT();
  // The clock time, as the ticket will say it (its lines' arrivalTime): the same subtraction.
  const arrival = (minutesBefore: number) =>
    when(new Date(Date.parse(availability.startsAt) - minutesBefore * 60_000).toISOString(), {
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <div className="space-y-8">
      <Fieldset legend={bt('flow.party.title')} legendLook="title">
        <div className={`${panelClass({ padded: false })} mt-4 p-4 sm:p-5`}>
          <Stepper
            label={bt('flow.party.size')}
            value={selection.partySize}
            min={1}
            max={availability.maxParty}
            onChange={(partySize) =>
              dispatch({ type: 'party', partySize, max: availability.maxParty })
            }
            lessLabel={bt('flow.party.less')}
            moreLabel={bt('flow.party.more')}
          />
        </div>
        <p className="mt-2 text-sm text-mist">
          {bt('flow.party.large', { max: availability.maxParty })}
        </p>
      </Fieldset>
      <Fieldset legend={bt('flow.formula.title')} legendLook="title">
        <div className="mt-4 space-y-3">
          {show.formulas.map((formula) => {
            const from = lowestPrice(availability.zones, formula.id, selection.partySize);
            return (
              <ChoiceCard
                key={formula.id}
                name="formula"
                value={formula.id}
                checked={selection.formulaId === formula.id}
                disabled={from === null}
                onChange={() => dispatch({ type: 'formula', formulaId: formula.id })}
                title={locale === 'fr' ? formula.nameFr : formula.nameEn}
                aside={
                  from !== null && (
                    <span className="text-sm text-gold-bright">
                      {bt('flow.formula.from', { price: money(from) })}
                    </span>
                  )
                }
              >
                <span className="mt-1 block text-sm text-mist">
                  {locale === 'fr' ? formula.descriptionFr : formula.descriptionEn}
                </span>
                <span className="mt-1 block text-xs text-mist/80">
                  {bt('booking.arrival', { time: arrival(formula.arrivalMinutesBefore) })}
                </span>
              </ChoiceCard>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

export type { StepProps };
