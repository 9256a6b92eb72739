// A guest's menu as the booking flow, the guest's booking page and the box office's phone form
// choose it: a dish per course of the formula's menu (`menu: { main: [{ code, fr, en }] }`),
// stored on the booking as "foie-gras / boeuf / opera" for the kitchen's sheet.

/** One course of a formula's menu, as the catalogue gives it. */
export interface MenuOption {
  code: string;
  fr: string;
  en: string;
}

export const COURSES = ['starter', 'main', 'dessert'] as const;
export type Course = (typeof COURSES)[number];

export interface GuestChoice {
  /** Course → the chosen dish's code ('' or absent: on the night). */
  menu: Partial<Record<Course, string>>;
  dietaryNotes: string;
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
