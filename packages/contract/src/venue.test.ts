import { describe, expect, it } from 'vitest';
import { updateVenueBodySchema } from './venue.ts';

describe('updateVenueBodySchema', () => {
  it('accepts a partial update and trims text', () => {
    expect(updateVenueBodySchema.parse({ name: '  La Diva  ' })).toEqual({ name: 'La Diva' });
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const result = updateVenueBodySchema.safeParse({ name: 'La Diva', isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects an empty update, a blank name and a malformed email', () => {
    expect(updateVenueBodySchema.safeParse({}).success).toBe(false);
    expect(updateVenueBodySchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(updateVenueBodySchema.safeParse({ email: 'not-an-email' }).success).toBe(false);
  });

  it('allows clearing optional contact details with null', () => {
    expect(updateVenueBodySchema.parse({ phone: null })).toEqual({ phone: null });
  });
});
