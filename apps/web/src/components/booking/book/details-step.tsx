import { useBookingT } from '../../../hooks/use-booking-t';
import { Checkbox } from '../../shared/checkbox';
import { EmailField, SelectField, TextField } from '../../shared/field';
import { Fieldset } from '../../shared/fieldset';
import { sectionTitleClass } from '../../shared/heading-class';
import { panelClass } from '../../shared/panel-class';
import type { ShowDetail } from '../api/types';
import {
  COURSES,
  guestsFor,
  optionsOf,
  type DetailsErrors,
  type DetailsForm,
  type GuestChoice,
} from '../flow/details-form';

interface Props {
  form: DetailsForm;
  onChange: (form: DetailsForm) => void;
  errors: DetailsErrors;
  partySize: number;
  formula: ShowDetail['formulas'][number] | undefined;
}

export function DetailsStep({ form, onChange, errors, partySize, formula }: Props) {
  const { bt } = useBookingT();
  const set = (patch: Partial<DetailsForm>) => onChange({ ...form, ...patch });
  const guests = guestsFor(form, partySize);
  const setGuest = (index: number, guest: GuestChoice) =>
    set({ guests: guests.map((g, i) => (i === index ? guest : g)) });
  return (
    <div className="space-y-8">
      <Fieldset legend={bt('flow.details.title')} legendLook="title" className="space-y-4">
        <TextField
          label={bt('flow.details.name')}
          autoComplete="name"
          required
          maxLength={120}
          value={form.name}
          error={errors.name ? bt('flow.details.nameRequired') : null}
          onChange={(event) => set({ name: event.target.value })}
        />
        <EmailField
          label={bt('flow.details.email')}
          autoComplete="email"
          required
          maxLength={254}
          hint={bt('flow.details.emailHint')}
          value={form.email}
          error={errors.email ? bt('flow.details.emailInvalid') : null}
          onChange={(event) => set({ email: event.target.value })}
        />
        <TextField
          label={bt('flow.details.phone')}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          maxLength={24}
          value={form.phone}
          error={errors.phone ? bt('flow.details.phoneInvalid') : null}
          onChange={(event) => set({ phone: event.target.value })}
        />
      </Fieldset>

      <section aria-labelledby="guests-title">
        <h2 id="guests-title" className={sectionTitleClass}>
          {bt('flow.guests.title')}
        </h2>
        <p className="mt-1 text-sm text-mist">{bt('flow.guests.lead')}</p>
        <ol className="mt-4 space-y-3">
          {guests.map((guest, index) => (
            <li key={index}>
              <GuestFields
                index={index}
                guest={guest}
                menu={formula?.menu}
                onChange={(next) => setGuest(index, next)}
              />
            </li>
          ))}
        </ol>
      </section>

      <div className="space-y-4">
        <TextField
          label={bt('flow.occasion')}
          hint={bt('flow.occasion.hint')}
          maxLength={200}
          value={form.occasion}
          onChange={(event) => set({ occasion: event.target.value })}
        />
        <Checkbox
          checked={form.marketingEmail}
          onChange={(marketingEmail) => set({ marketingEmail })}
          label={bt('flow.marketing')}
        />
      </div>
    </div>
  );
}

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
