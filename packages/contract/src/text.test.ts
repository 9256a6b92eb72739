import { describe, expect, it } from 'vitest';
import { isStorableText, text, url } from './text.ts';

describe('text PostgreSQL can store', () => {
  it('accepts any text, emoji (a surrogate pair) included', () => {
    for (const value of ['', 'Soirée cabaret', '🎭 Revue', 'line\nbreak\ttab', '\u{10ffff}']) {
      expect(isStorableText(value), value).toBe(true);
    }
  });

  it('refuses NUL, and half a surrogate pair wherever it stands', () => {
    for (const value of [
      'a\u0000b',
      '\u0000',
      '\ud83c',
      'a\ud83cb',
      '\udfad',
      'a\udfad',
      '\udfad\ud83c',
    ]) {
      expect(isStorableText(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('reports it as an invalid format, beside the field’s other checks', () => {
    const result = text().trim().max(3).safeParse('ab\u0000cd');
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['invalid_format', 'too_big']);
    expect(url().safeParse('https://example.com/a\u0000b').success).toBe(false);
    expect(url().safeParse('https://example.com/a').success).toBe(true);
  });
});
