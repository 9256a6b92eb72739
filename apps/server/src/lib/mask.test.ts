import { describe, expect, it } from 'vitest';
import { maskRecipient } from './mask.ts';

describe('maskRecipient', () => {
  it('keeps the domain of an email and hides most of the local part', () => {
    expect(maskRecipient('jeanne.dupont@example.com')).toBe('j***t@example.com');
    expect(maskRecipient('jo@example.com')).toBe('j@example.com');
  });

  it('keeps the country code and last two digits of a phone number', () => {
    expect(maskRecipient('+33612345678')).toBe('+336••••••78');
  });

  it('shows only the origin of a push endpoint, and shortens ids', () => {
    expect(maskRecipient('https://fcm.googleapis.com/fcm/send/abc')).toBe(
      'https://fcm.googleapis.com/…',
    );
    expect(maskRecipient('7b0e7f7c-1d2e-4c1b-9a55-1c1f3f0a9b11')).toBe('7b0e7f7c…');
  });
});
