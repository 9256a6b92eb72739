import { describe, expect, it } from 'vitest';
import {
  renderTemplate,
  sampleData,
  TEMPLATE_KINDS,
  TemplateDataError,
  templateDataSchemas,
  type TemplateKind,
  type VenueBranding,
} from './render.ts';

const venue: VenueBranding = {
  name: 'La Diva Cabaret',
  address: '12 rue des Martyrs, 75009 Paris',
  phone: '+33 1 42 00 00 00',
  email: 'bonsoir@ladiva-cabaret.fr',
  publicUrl: 'https://ladiva-cabaret.fr',
};

const XSS = '<script>alert(1)</script>';

/** Per kind: words only the right language uses, where the button leads, a field a person typed. */
const cases: Record<
  TemplateKind,
  { fr: RegExp; en: RegExp; cta: string | undefined; typed: string; invalid: [string, unknown] }
> = {
  email_verification: {
    fr: /Confirmez votre adresse/,
    en: /Confirm your email/,
    cta: sampleData.email_verification.verifyUrl,
    typed: 'name',
    invalid: ['verifyUrl', 'javascript:alert(1)'],
  },
  password_reset: {
    fr: /Réinitialisez/,
    en: /Reset your password/,
    cta: sampleData.password_reset.resetUrl,
    typed: 'name',
    invalid: ['expiresInMinutes', 0],
  },
  staff_invitation: {
    fr: /vous invite à rejoindre/,
    en: /invited you to join/,
    cta: sampleData.staff_invitation.acceptUrl,
    typed: 'inviterName',
    invalid: ['roles', ['juggler']],
  },
  booking_confirmed: {
    fr: /Réservation confirmée/,
    en: /Booking confirmed/,
    cta: sampleData.booking_confirmed.manageUrl,
    typed: 'guestName',
    invalid: ['partySize', 0],
  },
  booking_changed: {
    fr: /Réservation modifiée/,
    en: /Booking updated/,
    cta: sampleData.booking_changed.manageUrl,
    typed: 'guestName',
    invalid: ['changes', []],
  },
  booking_cancelled: {
    fr: /Réservation annulée/,
    en: /Booking cancelled/,
    cta: sampleData.booking_cancelled.rebookUrl,
    typed: 'guestName',
    invalid: ['refundCents', -100],
  },
  reminder: {
    fr: /Votre soirée approche/,
    en: /Your evening is almost here/,
    cta: sampleData.reminder.manageUrl,
    typed: 'guestName',
    invalid: ['performanceStartsAt', 'samedi soir'],
  },
  staff_alert: {
    fr: /^\[Attention\]/,
    en: /^\[Warning\]/,
    cta: sampleData.staff_alert.link,
    typed: 'title',
    invalid: ['severity', 'apocalyptic'],
  },
};

const escapeHtml = (value: string) => value.replaceAll('&', '&amp;');

describe.each(TEMPLATE_KINDS)('%s', (kind) => {
  const expected = cases[kind];

  it.each(['fr', 'en'] as const)(
    'renders the sample in %s with its link, venue and reason',
    async (locale) => {
      const message = await renderTemplate(kind, locale, sampleData[kind], venue);
      expect(message.subject).toMatch(expected[locale]);
      expect(message.subject).not.toMatch(expected[locale === 'fr' ? 'en' : 'fr']);
      expect(message.html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
      expect(message.html).toContain(venue.name);
      expect(message.html).toContain(venue.address);
      expect(message.text).toContain(venue.phone);
      expect(message.text).toMatch(locale === 'fr' ? /Vous recevez cet/ : /You are receiving this/);
      if (expected.cta) {
        expect(message.html).toContain(`href="${escapeHtml(expected.cta)}"`);
        expect(message.text).toContain(expected.cta);
        expect(message.push.url).toBe(expected.cta);
      }
      expect(message.sms.length).toBeGreaterThan(20);
      expect(message.push.title).not.toBe('');
    },
  );

  it('escapes what a person typed, in every output', async () => {
    const data = { ...sampleData[kind], [expected.typed]: XSS };
    for (const locale of ['fr', 'en'] as const) {
      const message = await renderTemplate(kind, locale, data, venue);
      expect(message.html).not.toContain('<script');
      expect(message.html).toContain('&lt;script&gt;');
      for (const plain of [
        message.subject,
        message.text,
        message.sms,
        message.push.title,
        message.push.body,
      ]) {
        expect(plain).not.toMatch(/[<>]/);
      }
    }
  });

  it('rejects invalid data, naming the kind and the field', async () => {
    const [field, value] = expected.invalid;
    const render = renderTemplate(kind, 'fr', { ...sampleData[kind], [field]: value }, venue);
    await expect(render).rejects.toThrow(TemplateDataError);
    await expect(render).rejects.toThrow(new RegExp(`"${kind}".*${field}`));
    expect(templateDataSchemas[kind].safeParse(sampleData[kind]).success).toBe(true);
  });
});

describe('renderTemplate', () => {
  it('refuses an unknown kind or locale from a queued job', async () => {
    await expect(renderTemplate('birthday' as TemplateKind, 'fr', {}, venue)).rejects.toThrow(
      /"birthday".*Unknown template/,
    );
    await expect(
      renderTemplate('reminder', 'de' as 'fr', sampleData.reminder, venue),
    ).rejects.toThrow(/locale/);
  });

  it('refuses a venue whose site is not an http(s) link', async () => {
    const bad = { ...venue, publicUrl: 'javascript:alert(1)' };
    await expect(
      renderTemplate('password_reset', 'en', sampleData.password_reset, bad),
    ).rejects.toThrow(/venue\.publicUrl/);
  });

  it('renders for a venue without address, phone or email', async () => {
    const bare = { ...venue, address: null, phone: null, email: null };
    const message = await renderTemplate(
      'booking_confirmed',
      'en',
      sampleData.booking_confirmed,
      bare,
    );
    expect(message.text).not.toContain('call us');
    expect(message.html).not.toContain('tel:');
  });

  it('keeps French spacing before colons in the email', async () => {
    const message = await renderTemplate(
      'booking_confirmed',
      'fr',
      sampleData.booking_confirmed,
      venue,
    );
    expect(message.text).toContain('Référence\u00a0: LD-7K3Q9X');
    expect(message.text).not.toMatch(/ :/);
  });

  it('states the terms in the confirmation: what is paid where, the cancellation deadline and fee', async () => {
    const fr = await renderTemplate('booking_confirmed', 'fr', sampleData.booking_confirmed, venue);
    expect(fr.text).toMatch(
      /Rien n’est payé en ligne\s: vous réglez 516\s€ sur place, le soir du spectacle\. Modification et annulation en ligne sans frais jusqu’au jeudi 10\sdécembre à 21\sh\. Ensuite, appelez-nous au /,
    );
    const en = await renderTemplate(
      'booking_confirmed',
      'en',
      { ...sampleData.booking_confirmed, cancellationFeeCents: 2000 },
      venue,
    );
    expect(en.text).toContain('cancelling costs a €20 fee, paid at the venue');
  });

  it('lists what changed, before and after, in the reader’s language', async () => {
    const message = await renderTemplate(
      'booking_changed',
      'en',
      sampleData.booking_changed,
      venue,
    );
    expect(message.text).toContain('Party: 4\u00a0guests → 6\u00a0guests');
    expect(message.text).toContain('Total: €516 → €774');
  });
});
