import { useBookingT } from '../../../hooks/use-booking-t';
import { Checkbox } from '../../shared/checkbox';
import { EmailField, TextField } from '../../shared/field';
import { Fieldset } from '../../shared/fieldset';
import { sectionTitleClass } from '../../shared/heading-class';
import type { ShowDetail } from '../api/types';
import { GuestFields } from '../../shared/guest-fields';
import type { GuestChoice } from '../../../lib/guest-menu';
import { guestsFor, type DetailsErrors, type DetailsForm } from '../flow/details-form';

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
