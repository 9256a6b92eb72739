import type { Dispatch } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import { sectionTitle } from '../../account/ui/classes';
import type { PerformanceAvailability, ShowDetail } from '../api/types';
import type { FlowAction, Selection } from '../flow/flow-machine';
import { lowestPrice } from '../flow/pricing';
import { choiceCard } from '../ui/classes';
import { Stepper } from '../ui/stepper';

interface StepProps {
  selection: Selection;
  dispatch: Dispatch<FlowAction>;
  show: ShowDetail;
  availability: PerformanceAvailability;
}

export function PartyStep({ selection, dispatch, show, availability }: StepProps) {
  const { bt, locale, money } = useBookingT();
  return (
    <div className="space-y-8">
      <fieldset>
        <legend className={sectionTitle}>{bt('flow.party.title')}</legend>
        <div className="mt-4 rounded-2xl border border-white/10 bg-ink/80 p-4 sm:p-5">
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
      </fieldset>
      <fieldset>
        <legend className={sectionTitle}>{bt('flow.formula.title')}</legend>
        <div className="mt-4 space-y-3">
          {show.formulas.map((formula) => {
            const from = lowestPrice(availability.zones, formula.id, selection.partySize);
            return (
              <label key={formula.id} className={choiceCard}>
                <input
                  type="radio"
                  name="formula"
                  value={formula.id}
                  checked={selection.formulaId === formula.id}
                  disabled={from === null}
                  onChange={() => dispatch({ type: 'formula', formulaId: formula.id })}
                  aria-labelledby={`formula-${formula.id}`}
                  aria-describedby={`formula-${formula.id}-about`}
                  className="mt-1.5 size-5 shrink-0 accent-gold"
                />
                <span className="flex-1">
                  <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span id={`formula-${formula.id}`} className="font-display text-xl text-cream">
                      {locale === 'fr' ? formula.nameFr : formula.nameEn}
                    </span>
                    {from !== null && (
                      <span className="text-sm text-gold-bright">
                        {bt('flow.formula.from', { price: money(from) })}
                      </span>
                    )}
                  </span>
                  <span id={`formula-${formula.id}-about`} className="mt-1 block text-sm text-mist">
                    {locale === 'fr' ? formula.descriptionFr : formula.descriptionEn}
                  </span>
                  <span className="mt-1 block text-xs text-mist/80">
                    {bt('flow.formula.arrival', { minutes: formula.arrivalMinutesBefore })}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export type { StepProps };
