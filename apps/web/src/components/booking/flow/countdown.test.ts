import { describe, expect, it } from 'vitest';
import { countdownAnnouncement, formatSeconds, secondsLeft } from './countdown';

describe('hold countdown', () => {
  const expiresAt = '2026-11-24T20:10:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts whole seconds down to zero, never below', () => {
    expect(secondsLeft(expiresAt, at('2026-11-24T20:00:00.000Z'))).toBe(600);
    expect(secondsLeft(expiresAt, at('2026-11-24T20:09:59.200Z'))).toBe(1);
    expect(secondsLeft(expiresAt, at('2026-11-24T20:11:00.000Z'))).toBe(0);
  });

  it('reads as minutes and seconds', () => {
    expect(formatSeconds(600)).toBe('10:00');
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(9)).toBe('0:09');
  });

  it('speaks only at one minute left and at the end', () => {
    expect(countdownAnnouncement(600)).toBeNull();
    expect(countdownAnnouncement(61)).toBeNull();
    expect(countdownAnnouncement(60)).toBe('oneMinute');
    expect(countdownAnnouncement(1)).toBe('oneMinute');
    expect(countdownAnnouncement(0)).toBe('expired');
  });
});
