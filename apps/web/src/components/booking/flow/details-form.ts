// The details step's form: its state, its checks, and the confirmBooking request made from it.
import type { ConfirmBookingRequest, MenuOption } from '../api/types';

export const COURSES = ['starter', 'main', 'dessert'] as const;
export type Course = (typeof COURSES)[number];

export interface GuestChoice {
  /** Course → the chosen dish's code ('' or absent: on the night). */
  menu: Partial<Record<Course, string>>;
  dietaryNotes: string;
}

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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{6,24}$/;

export function checkDetails(form: DetailsForm): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!form.name.trim()) errors.name = true;
  if (!EMAIL.test(form.email.trim())) errors.email = true;
  if (form.phone.trim() && !PHONE.test(form.phone.trim())) errors.phone = true;
  return errors;
}

/** A course's dishes in a formula's menu (`menu: { main: [{ code, fr, en }] }`), shape-checked. */
export function optionsOf(menu: Record<string, unknown> | undefined, course: Course): MenuOption[] {
  const list = menu?.[course];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is MenuOption =>
      typeof item === 'object' &&
      item !== null &&
      ['code', 'fr', 'en'].every(
        (key) => typeof (item as Record<string, unknown>)[key] === 'string',
      ),
  );
}

/** The name of a chosen dish in the guest's language ('' when none was chosen). */
export function dishName(
  menu: Record<string, unknown> | undefined,
  course: Course,
  code: string | undefined,
  locale: 'fr' | 'en',
): string {
  if (!code) return '';
  const option = optionsOf(menu, course).find((item) => item.code === code);
  return option ? option[locale] : code;
}

/**
 * A stored guest (`menuChoice` "foie-gras / boeuf", as menuChoiceOf wrote it) back into the
 * form's choice: each code goes to the course of the formula's menu that offers it.
 */
export function choiceOf(
  guest: { menuChoice: string | null; dietaryNotes: string | null } | undefined,
  menu: Record<string, unknown> | undefined,
): GuestChoice {
  const choice: GuestChoice = { menu: {}, dietaryNotes: guest?.dietaryNotes ?? '' };
  for (const code of (guest?.menuChoice ?? '').split(' / ').filter(Boolean)) {
    const course = COURSES.find((c) => optionsOf(menu, c).some((option) => option.code === code));
    if (course) choice.menu[course] = code;
  }
  return choice;
}

/** "foie-gras / boeuf / opera": the dishes in course order, for the kitchen's sheet. */
export function menuChoiceOf(choice: GuestChoice): string | undefined {
  const dishes = COURSES.map((course) => choice.menu[course]).filter(Boolean);
  return dishes.length > 0 ? dishes.join(' / ') : undefined;
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
