// The words of the home page's "our evenings", from the data: which days, at what times.

/** "HH:MM" → [hours, minutes], for formatClock. */
export function clockOf(time: string): [number, number] {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return [hours, minutes];
}

/**
 * The weekdays of one timetable in words: a run of three or more as a range ("Thursday to
 * Saturday"), anything else as a list ("Sunday", "Thursday and Saturday").
 */
export function weekdaysInWords(
  weekdays: readonly number[],
  words: {
    weekday: (isoDay: number) => string;
    range: (from: string, to: string) => string;
    list: (days: string[]) => string;
  },
): string {
  const first = weekdays[0];
  const last = weekdays.at(-1);
  const run = weekdays.every((day, index) => index === 0 || day === weekdays[index - 1]! + 1);
  if (run && weekdays.length >= 3 && first !== undefined && last !== undefined) {
    return words.range(words.weekday(first), words.weekday(last));
  }
  return words.list(weekdays.map(words.weekday));
}
