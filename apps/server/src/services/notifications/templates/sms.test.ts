import { describe, expect, it } from 'vitest';
import { renderTemplate, sampleData, type VenueBranding } from './render.ts';
import { fitSms, gsm7Length, isGsm7, SMS_SEGMENT, toGsm7 } from './sms.ts';

const venue: VenueBranding = {
  name: 'La Diva Cabaret',
  address: '12 rue des Martyrs, 75009 Paris',
  phone: '+33 1 42 00 00 00',
  email: 'bonsoir@ladiva-cabaret.fr',
  publicUrl: 'https://ladiva-cabaret.fr',
};

describe('GSM-7 folding', () => {
  it('keeps the accents GSM-7 has and folds the others', () => {
    expect(toGsm7('Fête à Noël — ça « marche » !')).toBe('Fete à Noel - ca "marche" !');
    expect(toGsm7('21\u00a0h\u00a030, 516\u202f€')).toBe('21 h 30, 516 €');
  });

  it('drops emoji and markup rather than switching to UCS-2', () => {
    expect(toGsm7('Bravo 🎭 <b>Camille</b>')).toBe('Bravo Camille');
    expect(isGsm7(toGsm7('Ça va ? 🥂 Œuvre'))).toBe(true);
  });

  it('counts extension characters twice', () => {
    expect(gsm7Length('10 €')).toBe(5);
    expect(gsm7Length('[a]')).toBe(5);
  });

  it('keeps the first candidate that fits, else cuts the last', () => {
    expect(fitSms(['x'.repeat(161), 'short'])).toBe('short');
    const cut = fitSms(['y'.repeat(400)]);
    expect(gsm7Length(cut)).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(cut.endsWith('...')).toBe(true);
  });

  it('cuts between words, so a link is never broken', () => {
    const link = `https://ladiva-cabaret.fr/equipe/invitation?jeton=${'z'.repeat(40)}`;
    const cut = fitSms([`${'Bonsoir '.repeat(12)}: ${link}`]);
    expect(gsm7Length(cut)).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(cut).not.toContain('https');
    expect(cut).toMatch(/Bonsoir\.\.\.$/);
  });
});

describe.each(['booking_confirmed', 'reminder'] as const)('%s SMS', (kind) => {
  it.each(['fr', 'en'] as const)(
    'fits one GSM-7 segment in %s with the reference and link',
    async (locale) => {
      const { sms } = await renderTemplate(kind, locale, sampleData[kind], venue);
      expect(isGsm7(sms)).toBe(true);
      expect(gsm7Length(sms)).toBeLessThanOrEqual(SMS_SEGMENT);
      expect(sms).toContain(sampleData[kind].reference);
      expect(sms).toContain(sampleData[kind].manageUrl);
      expect(sms).not.toMatch(/\p{Extended_Pictographic}/u);
    },
  );

  it('still fits, without the link, when the link is long', async () => {
    const data = {
      ...sampleData[kind],
      manageUrl: `https://ladiva-cabaret.fr/r?t=${'a'.repeat(90)}`,
    };
    const { sms } = await renderTemplate(kind, 'fr', data, venue);
    expect(gsm7Length(sms)).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(sms).toContain(data.reference);
  });
});
