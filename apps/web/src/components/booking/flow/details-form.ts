// The details step's form: its state, its checks, and the confirmBooking request made from it.
import type { ConfirmBookingRequest } from '../api/types';
import { menuChoiceOf, type GuestChoice } from '../../../lib/guest-menu';
import { looksLikeEmail, looksLikePhone } from '../../../lib/validation';

export interface DetailsForm {
  name: string;
  email: string;
  phone: string;
  guests: GuestChoice[];
  occasion: string;
  marketingEmail: boolean;
}

export const emptyDetails: DetailsForm = {
  name: '',
  email: '',
  phone: '',
  guests: [],
  occasion: '',
  marketingEmail: false,
};

/** One entry per guest: kept when the party grows or shrinks. */
export function guestsFor(form: DetailsForm, partySize: number): GuestChoice[] {
  return Array.from(
    { length: partySize },
    (_, i) => form.guests[i] ?? { menu: {}, dietaryNotes: '' },
  );
}

export type DetailsErrors = Partial<Record<'name' | 'email' | 'phone', true>>;

export function checkDetails(form: DetailsForm): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!form.name.trim()) errors.name = true;
  if (!looksLikeEmail(form.email)) errors.email = true;
  if (form.phone.trim() && !looksLikePhone(form.phone)) errors.phone = true;
  return errors;
}

/** The request that confirms the hold; `locale` is the UI's: the guest's emails follow it. */
export function confirmRequest(
  form: DetailsForm,
  partySize: number,
  locale: 'fr' | 'en',
): ConfirmBookingRequest {
  const phone = form.phone.trim();
  const occasion = form.occasion.trim();
  return {
    contact: { name: form.name.trim(), email: form.email.trim(), ...(phone ? { phone } : {}) },
    locale,
    guests: guestsFor(form, partySize).map((guest) => {
      const menuChoice = menuChoiceOf(guest);
      const dietaryNotes = guest.dietaryNotes.trim();
      return { ...(menuChoice ? { menuChoice } : {}), ...(dietaryNotes ? { dietaryNotes } : {}) };
    }),
    ...(occasion ? { occasion } : {}),
    marketingEmail: form.marketingEmail,
    payment: 'at_venue',
  };
}
