import { describe, expect, it } from 'vitest';
import { clockOf, weekdaysInWords } from './evenings-copy';

const NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const words = {
  weekday: (day: number) => NAMES[day]!,
  range: (from: string, to: string) => `${from}–${to}`,
  list: (days: string[]) => days.join(' & '),
};

describe('the evenings in words', () => {
  it('names a run of three days or more as a range, anything else as a list', () => {
    expect(weekdaysInWords([4, 5, 6, 7], words)).toBe('Thu–Sun');
    expect(weekdaysInWords([4, 5, 6], words)).toBe('Thu–Sat');
    expect(weekdaysInWords([5, 6], words)).toBe('Fri & Sat');
    expect(weekdaysInWords([7], words)).toBe('Sun');
    expect(weekdaysInWords([3, 4, 6], words)).toBe('Wed & Thu & Sat');
  });

  it('reads a local time for the clock formatter', () => {
    expect(clockOf('19:30')).toEqual([19, 30]);
    expect(clockOf('09:05')).toEqual([9, 5]);
  });
});
