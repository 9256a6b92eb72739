import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parisDay } from './paris-days.ts';

describe('Paris days', () => {
  it('names the Paris day, not the UTC one, around midnight', () => {
    // 23:30 UTC in winter is 00:30 the next day in Paris (UTC+1)…
    expect(parisDay(new Date('2025-01-14T23:30:00Z'))).toBe('2025-01-15');
    expect(parisDay(new Date('2025-01-14T22:59:59Z'))).toBe('2025-01-14');
    // …and 22:30 UTC in summer is 00:30 (UTC+2).
    expect(parisDay(new Date('2025-07-14T22:30:00Z'))).toBe('2025-07-15');
    expect(parisDay(new Date('2025-07-14T21:59:59Z'))).toBe('2025-07-14');
  });

  it('steps between days across months, years and the clock changes', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(4);
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(1);
  });
});
