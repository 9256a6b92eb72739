import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_PAGES, linkUrl } from '../auth/auth-links.ts';
import { manageUrl } from '../bookings/manage-links.ts';
import { isOnlyRecipient, linkMasker, MASKED_TOKEN } from './mailbox-redaction.ts';

/** One text masked on its own. */
function maskLinkTokens(text: string) {
  const masker = linkMasker();
  return { text: masker.mask(text), masked: masker.count };
}

const token = () => randomBytes(32).toString('base64url');
const base = 'https://ladiva.example';

describe('linkMasker', () => {
  it('masks the token of every kind of secret link we send, in text and in HTML', () => {
    const links = [
      ...Object.keys(LINK_PAGES).map((kind) =>
        linkUrl(base, kind as keyof typeof LINK_PAGES, token()),
      ),
      manageUrl(base, token()),
    ];
    for (const link of links) {
      const secret = new URL(link).hash.replace('#token=', '');
      const text = `Bonsoir,\nsuivez ce lien : ${link}\nÀ bientôt.`;
      const html = `<p><a href="${link}" style="color:#c9a24a">Ouvrir</a></p><p>${link}</p>`;
      for (const part of [text, html]) {
        const result = maskLinkTokens(part);
        expect(result.text, link).not.toContain(secret);
        expect(result.text).toContain(`#token=${MASKED_TOKEN}`);
        expect(result.masked).toBe(1);
      }
      // The rest of the message is left as it was.
      expect(maskLinkTokens(text).text).toBe(text.replace(secret, MASKED_TOKEN));
    }
  });

  it('masks a token in the query, percent-encoded or as an HTML character reference', () => {
    const secret = token();
    for (const written of [
      `?token=${secret}&lang=fr`,
      `?next=%2Fx%3Ftoken%3D${secret}`,
      `#token&#61;${secret}`,
      `#token&#x3d;${secret}`,
      `#TOKEN=${secret}`,
    ]) {
      const { text, masked } = maskLinkTokens(`${base}/reset-password${written}`);
      expect(text, written).not.toContain(secret);
      expect(masked).toBe(1);
    }
  });

  it('counts each distinct token once, across the parts it masks', () => {
    const [a, b] = [token(), token()];
    const masker = linkMasker();
    masker.mask(`${base}/invitation#token=${a}`);
    masker.mask(`<a href="${base}/invitation#token=${a}">${base}/my-booking#token=${b}</a>`);
    expect(masker.count).toBe(2);
  });

  it('leaves a message without a link token untouched', () => {
    const text =
      'Votre réservation LD7K3Q9X : 2 personnes, le 24 novembre. Jeton de vestiaire : 12.';
    expect(maskLinkTokens(text)).toEqual({ text, masked: 0 });
  });
});

describe('isOnlyRecipient', () => {
  it('matches the one address, whatever its case or display name', () => {
    expect(isOnlyRecipient('camille@example.com', 'Camille@Example.com')).toBe(true);
    expect(isOnlyRecipient('Camille <camille@example.com>', 'camille@example.com')).toBe(true);
  });

  it('refuses another address, a list, a phone number or nothing', () => {
    expect(isOnlyRecipient('camille@example.com', 'camil@example.com')).toBe(false);
    expect(isOnlyRecipient('a@example.com, camille@example.com', 'camille@example.com')).toBe(
      false,
    );
    expect(isOnlyRecipient('+33612345678', 'camille@example.com')).toBe(false);
    expect(isOnlyRecipient('', 'camille@example.com')).toBe(false);
  });
});
