import { describe, expect, it } from 'vitest';
import { checkDetails, confirmRequest, emptyDetails, guestsFor } from './details-form';

describe('details form', () => {
  it('asks for a name and a valid email; the phone only when given', () => {
    expect(checkDetails(emptyDetails)).toEqual({ name: true, email: true });
    expect(
      checkDetails({ ...emptyDetails, name: 'Camille', email: 'camille@example.com', phone: 'x' }),
    ).toEqual({ phone: true });
  });

  it('makes one guest entry per person, keeping what was typed', () => {
    const form = { ...emptyDetails, guests: [{ menu: { main: 'boeuf' }, dietaryNotes: 'noix' }] };
    const guests = guestsFor(form, 3);
    expect(guests).toHaveLength(3);
    expect(guests[0]?.dietaryNotes).toBe('noix');
  });

  it('builds the confirmation: trimmed contact, the UI language, one entry per guest, pay at the venue', () => {
    const request = confirmRequest(
      {
        name: ' Camille Martin ',
        email: 'camille@example.com ',
        phone: '',
        guests: [{ menu: { starter: 'veloute', main: 'risotto' }, dietaryNotes: ' sans gluten ' }],
        occasion: 'Anniversaire',
        marketingEmail: true,
      },
      2,
      'en',
    );
    expect(request).toEqual({
      contact: { name: 'Camille Martin', email: 'camille@example.com' },
      locale: 'en',
      guests: [{ menuChoice: 'veloute / risotto', dietaryNotes: 'sans gluten' }, {}],
      occasion: 'Anniversaire',
      marketingEmail: true,
      payment: 'at_venue',
    });
  });
});
