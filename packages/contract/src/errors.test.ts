import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorResponseSchema } from './errors.ts';

describe('error catalogue', () => {
  it('has unique, SCREAMING_SNAKE codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z_]+$/);
  });

  it('rejects an error body with an unknown code', () => {
    expect(errorResponseSchema.safeParse({ code: 'OOPS', message: 'x' }).success).toBe(false);
    expect(errorResponseSchema.safeParse({ code: 'NOT_FOUND', message: 'x' }).success).toBe(true);
  });
});
