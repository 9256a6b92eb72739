import { describe, expect, it } from 'vitest';
import { createFormatter, stripMarkup } from './format.ts';

const fr = createFormatter('fr');
const en = createFormatter('en');
/** Compare without caring which no-break space Intl or the house style chose. */
const spaces = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('dates and times in Europe/Paris', () => {
  it('writes the house style in both languages', () => {
    const iso = '2026-12-12T20:30:00Z'; // winter: UTC+1
    expect(spaces(fr.dateTime(iso))).toBe('samedi 12 décembre à 21 h 30');
    expect(spaces(en.dateTime(iso))).toBe('Saturday 12 December at 9:30 pm');
    expect(spaces(fr.time('2026-12-12T19:00:00Z'))).toBe('20 h');
    expect(spaces(en.time('2026-12-12T19:00:00Z'))).toBe('8 pm');
    expect(fr.date('2026-12-01T20:00:00Z', { year: true })).toBe('mardi 1er décembre 2026');
    expect(spaces(fr.dateTime(iso, { style: 'short' }))).toBe('sam. 12 déc. à 21 h 30');
  });

  it('keeps the wall-clock time across the spring and autumn DST changes', () => {
    // 29 March 2026: clocks go forward at 02:00, Paris moves from UTC+1 to UTC+2.
    expect(spaces(fr.dateTime('2026-03-28T20:30:00Z'))).toBe('samedi 28 mars à 21 h 30');
    expect(spaces(fr.dateTime('2026-03-29T19:30:00Z'))).toBe('dimanche 29 mars à 21 h 30');
    expect(spaces(en.dateTime('2026-03-29T00:30:00Z'))).toBe('Sunday 29 March at 1:30 am');
    expect(spaces(en.dateTime('2026-03-29T01:30:00Z'))).toBe('Sunday 29 March at 3:30 am');
    // 25 October 2026: clocks go back, UTC+2 to UTC+1.
    expect(spaces(en.dateTime('2026-10-24T19:30:00Z'))).toBe('Saturday 24 October at 9:30 pm');
    expect(spaces(en.dateTime('2026-10-25T20:30:00Z'))).toBe('Sunday 25 October at 9:30 pm');
  });

  it('reads an offset given by the caller as the same instant', () => {
    expect(fr.time('2026-07-14T22:00:00+02:00')).toBe(fr.time('2026-07-14T20:00:00Z'));
  });
});

describe('money, durations and counts', () => {
  it('formats integer cents as euros, hiding ",00" only for whole amounts', () => {
    expect(spaces(fr.money(51_600))).toBe('516 €');
    expect(spaces(fr.money(12_345))).toBe('123,45 €');
    expect(en.money(51_600)).toBe('€516');
    expect(en.money(12_345)).toBe('€123.45');
    expect(spaces(fr.money(0))).toBe('0 €');
  });

  it('says durations in the largest whole unit', () => {
    expect(spaces(fr.duration(30))).toBe('30 minutes');
    expect(spaces(fr.duration(60))).toBe('1 heure');
    expect(spaces(en.duration(4_320))).toBe('3 days');
  });

  it('counts guests with the right plural', () => {
    expect(spaces(fr.guests(1))).toBe('1 personne');
    expect(spaces(fr.guests(4))).toBe('4 personnes');
    expect(spaces(en.guests(1))).toBe('1 guest');
  });
});

describe('stripMarkup', () => {
  it('drops tags and stray angle brackets', () => {
    expect(stripMarkup('<script>alert(1)</script>Camille')).toBe('alert(1)Camille');
    expect(stripMarkup('<img src=x onerror=alert(1)>Camille')).toBe('Camille');
    expect(stripMarkup('a < b')).toBe('a  b');
  });
});
