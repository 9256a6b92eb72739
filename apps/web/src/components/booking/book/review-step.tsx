import { useBookingT } from '../../../hooks/use-booking-t';
import { sectionTitleClass } from '../../shared/heading-class';
import { Panel } from '../../shared/panel';
import type { PerformanceAvailability, ShowDetail } from '../api/types';
import { BookingTerms } from '../ui/booking-terms';
import { COURSES, dishName } from '../../../lib/guest-menu';
import { guestsFor, type DetailsForm } from '../flow/details-form';
import type { Selection } from '../flow/flow-machine';
import type { Totals } from '../flow/pricing';

interface Props {
  show: ShowDetail;
  selection: Selection;
  totals: Totals;
  /** The hold's total (the server's word), when there is one. */
  heldTotalCents: number | null;
  form: DetailsForm;
  /** The sales rules the booking is made under (the performance's). */
  rules: PerformanceAvailability['cancellationRules'];
}

export function ReviewStep({ show, selection, totals, heldTotalCents, form, rules }: Props) {
  const { bt, locale, money } = useBookingT();
  const name = (item: { nameFr: string; nameEn: string } | undefined) =>
    item ? (locale === 'fr' ? item.nameFr : item.nameEn) : '';
  const formula = show.formulas.find((f) => f.id === selection.formulaId);
  const zone = show.zones.find((z) => z.id === selection.zoneId);
  const row = 'flex justify-between gap-4 py-2';
  return (
    <Panel as="section" aria-labelledby="review-title">
      <h2 id="review-title" className={sectionTitleClass}>
        {bt('flow.review.title')}
      </h2>
      <dl className="mt-4 divide-y divide-white/10 text-sm">
        {totals.seats && (
          <div className={row}>
            <dt className="text-cream">
              {bt('flow.review.line', {
                guests: totals.seats.quantity,
                formula: name(formula),
                zone: name(zone),
              })}
            </dt>
            <dd className="text-cream tabular-nums">{money(totals.seats.totalCents)}</dd>
          </div>
        )}
        {totals.extras.map((line) => (
          <div key={line.id} className={row}>
            <dt className="text-cream">
              {bt('flow.review.extra', {
                quantity: line.quantity,
                name: name(show.extras.find((e) => e.id === line.id)),
              })}
            </dt>
            <dd className="text-cream tabular-nums">{money(line.totalCents)}</dd>
          </div>
        ))}
        <div className={`${row} text-base`}>
          <dt className="font-semibold text-cream">{bt('flow.review.total')}</dt>
          <dd className="font-display text-2xl text-gold-bright tabular-nums">
            {money(heldTotalCents ?? totals.totalCents)}
          </dd>
        </div>
      </dl>
      <BookingTerms
        className="mt-2"
        rules={rules}
        totalCents={heldTotalCents ?? totals.totalCents}
      />
      <h3 className="mt-6 font-display text-lg text-cream">{bt('flow.guests.title')}</h3>
      <ul className="mt-1 space-y-1 text-sm text-mist">
        {guestsFor(form, selection.partySize).map((guest, index) => {
          const dishes = COURSES.map((course) =>
            dishName(formula?.menu, course, guest.menu[course], locale),
          ).filter(Boolean);
          const diet = guest.dietaryNotes.trim();
          return (
            <li key={index}>
              <span className="text-cream">{bt('flow.review.guest', { n: index + 1 })} </span>
              {dishes.length > 0 ? dishes.join(' · ') : bt('flow.review.menuLater')}
              {diet && (
                <span className="block text-amber-200">
                  {bt('flow.review.dietary', { notes: diet })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <h3 className="mt-6 font-display text-lg text-cream">{bt('flow.review.contact')}</h3>
      <p className="mt-1 text-sm break-words text-mist">
        {form.name} · {form.email}
        {form.phone.trim() ? ` · ${form.phone.trim()}` : ''}
      </p>
      {form.occasion.trim() && <p className="mt-1 text-sm text-mist">« {form.occasion.trim()} »</p>}
    </Panel>
  );
}
