import { describe, expect, it } from 'vitest';
import { expandSeason, isoWeekday, offsetAt, zonedTimeToUtc } from './performances-admin.season.ts';

const PARIS = 'Europe/Paris';
const parisClock = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS,
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);

describe('zonedTimeToUtc', () => {
  it('uses the summer offset in summer and the winter offset in winter', () => {
    expect(zonedTimeToUtc('2025-07-14', '20:00', PARIS).toISOString()).toBe(
      '2025-07-14T18:00:00.000Z',
    );
    expect(zonedTimeToUtc('2025-12-31', '20:00', PARIS).toISOString()).toBe(
      '2025-12-31T19:00:00.000Z',
    );
  });

  it('gets the days around the changes right (last Sundays of March and October)', () => {
    expect(zonedTimeToUtc('2025-10-25', '20:00', PARIS).toISOString()).toBe(
      '2025-10-25T18:00:00.000Z',
    );
    expect(zonedTimeToUtc('2025-10-26', '20:00', PARIS).toISOString()).toBe(
      '2025-10-26T19:00:00.000Z',
    );
    expect(zonedTimeToUtc('2025-03-29', '20:00', PARIS).toISOString()).toBe(
      '2025-03-29T19:00:00.000Z',
    );
    expect(zonedTimeToUtc('2025-03-30', '20:00', PARIS).toISOString()).toBe(
      '2025-03-30T18:00:00.000Z',
    );
    // A matinee on the day itself, after the change at 03:00.
    expect(zonedTimeToUtc('2025-10-26', '15:00', PARIS).toISOString()).toBe(
      '2025-10-26T14:00:00.000Z',
    );
  });

  it('moves a time skipped by the spring change forward, and takes the later of a doubled one', () => {
    expect(parisClock(zonedTimeToUtc('2025-03-30', '02:30', PARIS))).toBe('03:30');
    expect(zonedTimeToUtc('2025-10-26', '02:30', PARIS).toISOString()).toBe(
      '2025-10-26T01:30:00.000Z',
    );
  });

  it('works for any zone (UTC, New York)', () => {
    expect(zonedTimeToUtc('2025-11-02', '20:00', 'UTC').toISOString()).toBe(
      '2025-11-02T20:00:00.000Z',
    );
    expect(zonedTimeToUtc('2025-11-03', '20:00', 'America/New_York').toISOString()).toBe(
      '2025-11-04T01:00:00.000Z',
    );
    expect(offsetAt(Date.UTC(2025, 6, 1), PARIS)).toBe(7_200_000);
  });
});

describe('expandSeason', () => {
  it('gives 20:00 in Paris on every chosen day across the end of October', () => {
    // Thursday 16 to Sunday 2 November 2025, Thursdays to Saturdays.
    const planned = expandSeason({
      from: '2025-10-16',
      to: '2025-11-02',
      weekdays: [4, 5, 6],
      times: ['20:00'],
      doorsMinutesBefore: 90,
      timeZone: PARIS,
    });
    expect(planned.map((p) => p.localDate)).toEqual([
      '2025-10-16',
      '2025-10-17',
      '2025-10-18',
      '2025-10-23',
      '2025-10-24',
      '2025-10-25',
      '2025-10-30',
      '2025-10-31',
      '2025-11-01',
    ]);
    for (const p of planned) {
      expect(parisClock(p.startsAt)).toBe('20:00');
      expect(parisClock(p.doorsAt)).toBe('18:30');
    }
    expect(planned.at(5)!.startsAt.getUTCHours()).toBe(18);
    expect(planned.at(6)!.startsAt.getUTCHours()).toBe(19);
  });

  it('leaves out exceptions, merges repeated times, orders by start', () => {
    const planned = expandSeason({
      from: '2025-12-22',
      to: '2025-12-28',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['21:00', '15:00', '21:00'],
      exceptions: ['2025-12-24', '2025-12-25'],
      doorsMinutesBefore: 0,
      timeZone: PARIS,
    });
    expect(planned).toHaveLength(10);
    expect(planned.some((p) => p.localDate === '2025-12-24')).toBe(false);
    expect(planned.slice(0, 2).map((p) => p.localTime)).toEqual(['15:00', '21:00']);
    const starts = planned.map((p) => p.startsAt.getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(planned[0]!.doorsAt).toEqual(planned[0]!.startsAt);
  });

  it('is empty when no chosen weekday falls in the range', () => {
    expect(isoWeekday('2025-10-26')).toBe(7);
    expect(
      expandSeason({
        from: '2025-10-27',
        to: '2025-10-28',
        weekdays: [7],
        times: ['20:00'],
        doorsMinutesBefore: 60,
        timeZone: PARIS,
      }),
    ).toEqual([]);
  });

  it('expands a year of five evenings a week to about 260 performances per time', () => {
    const planned = expandSeason({
      from: '2026-01-01',
      to: '2026-12-31',
      weekdays: [3, 4, 5, 6, 7],
      times: ['20:00'],
      doorsMinutesBefore: 120,
      timeZone: PARIS,
    });
    expect(planned).toHaveLength(261);
    expect(new Set(planned.map((p) => parisClock(p.startsAt)))).toEqual(new Set(['20:00']));
  });
});
