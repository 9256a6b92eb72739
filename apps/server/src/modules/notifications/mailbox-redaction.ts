// What the local mailbox shows staff (issue #12): every message the product "sent", but never a
// live secret link of someone else's. All our secret links carry their token as `token=<base64url>`
// (auth-links.ts, manage-links.ts), in the fragment or the query: the value is masked, the rest of
// the message stays readable. Only the message's own recipient sees it in full.

/** What replaces a token: visibly hidden, and no longer a link that opens anything. */
export const MASKED_TOKEN = '••••••••';

// `token=` as text, percent-encoded, or as an HTML character reference (`&#61;`, `&#x3D;`,
// `&equals;`), then the token's base64url characters.
const TOKEN = /(token(?:=|%3D|&#0*61;|&#x0*3D;|&equals;))[A-Za-z0-9_-]+/gi;

/**
 * Masks link tokens in the texts given to `mask`; `count` is how many distinct tokens it masked
 * (a link shown twice in an email — its button and its address — counts once).
 */
export function linkMasker(): { mask(text: string): string; readonly count: number } {
  const seen = new Set<string>();
  return {
    mask: (text) =>
      text.replace(TOKEN, (match: string, prefix: string) => {
        seen.add(match.slice(prefix.length));
        return `${prefix}${MASKED_TOKEN}`;
      }),
    get count() {
      return seen.size;
    },
  };
}

/**
 * Whether `email` is the one and only recipient of a message addressed to `to` (as the mailbox
 * reads it: `a@b.fr`, `Name <a@b.fr>`, or a list). A message to several people is nobody's own.
 */
export function isOnlyRecipient(to: string, email: string): boolean {
  const addresses = to
    .split(',')
    .map((part) => (/<([^>]*)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
    .filter((address) => address !== '');
  return addresses.length === 1 && addresses[0] === email.trim().toLowerCase();
}
