// A formula's menu while edited: an ordered list of courses; the API takes a record by course code.
export interface MenuChoiceDraft {
  code: string;
  fr: string;
  en: string;
}
export interface CourseDraft {
  code: string;
  choices: MenuChoiceDraft[];
}

const isChoice = (value: unknown): value is MenuChoiceDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as MenuChoiceDraft).code === 'string' &&
  typeof (value as MenuChoiceDraft).fr === 'string' &&
  typeof (value as MenuChoiceDraft).en === 'string';

export function menuToDrafts(menu: Record<string, unknown>): CourseDraft[] {
  return Object.entries(menu).map(([code, choices]) => ({
    code,
    choices: Array.isArray(choices) ? choices.filter(isChoice).map((c) => ({ ...c })) : [],
  }));
}

export function draftsToMenu(courses: readonly CourseDraft[]): Record<string, MenuChoiceDraft[]> {
  return Object.fromEntries(
    courses.map((course) => [
      course.code.trim(),
      course.choices.map((c) => ({ code: c.code.trim(), fr: c.fr.trim(), en: c.en.trim() })),
    ]),
  );
}
