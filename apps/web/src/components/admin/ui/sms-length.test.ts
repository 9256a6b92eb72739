import { describe, expect, it } from 'vitest';
import { smsLength } from './sms-length';

describe('smsLength', () => {
  it('counts GSM-7 text in 160-character segments, then 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      length: 160,
      single: 160,
      segments: 1,
    });
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts an extension character twice', () => {
    expect(smsLength('Total : 516 €').length).toBe(14);
  });

  it('switches to UCS-2 for one character outside the alphabet', () => {
    const text = `L’addition ${'a'.repeat(60)}`;
    expect(smsLength(text)).toMatchObject({ encoding: 'UCS-2', length: 71, segments: 2 });
  });
});
