// One guest's menu (a dish per course the formula offers, or "on the night") and diet: the
// booking flow's details step, the guest's booking page and the box office's phone form.
import { useBookingT } from '../../hooks/use-booking-t';
import { COURSES, optionsOf, type GuestChoice } from '../../lib/guest-menu';
import { SelectField, TextField } from './field';
import { panelClass } from './panel-class';

export function GuestFields(props: {
  index: number;
  guest: GuestChoice;
  menu: Record<string, unknown> | undefined;
  onChange: (guest: GuestChoice) => void;
}) {
  const { index, guest, menu, onChange } = props;
  const { bt, locale } = useBookingT();
  const courses = COURSES.map((course) => [course, optionsOf(menu, course)] as const).filter(
    ([, options]) => options.length > 0,
  );
  const n = index + 1;
  return (
    <fieldset className={`${panelClass({ padded: false })} p-4 sm:p-5`}>
      <legend className="float-left w-full font-display text-lg text-cream">
        {bt('flow.guest', { n })}
      </legend>
      {courses.length > 0 && (
        <div className="clear-both grid gap-3 pt-3 sm:grid-cols-3">
          {courses.map(([course, options]) => {
            return (
              <SelectField
                key={course}
                label={bt(`flow.guest.${course}`)}
                value={guest.menu[course] ?? ''}
                onChange={(event) =>
                  onChange({ ...guest, menu: { ...guest.menu, [course]: event.target.value } })
                }
              >
                <option value="">{bt('flow.guest.later')}</option>
                {options.map((option) => (
                  <option key={option.code} value={option.code}>
                    {locale === 'fr' ? option.fr : option.en}
                  </option>
                ))}
              </SelectField>
            );
          })}
        </div>
      )}
      <TextField
        className="clear-both pt-3"
        label={bt('flow.guest.dietary')}
        maxLength={500}
        value={guest.dietaryNotes}
        onChange={(event) => onChange({ ...guest, dietaryNotes: event.target.value })}
      />
    </fieldset>
  );
}
