// Single-use links sent by email (verify an address, reset a password, accept an invitation, set
// up the first admin). The token is 32 random bytes in base64url; only its SHA-256 is stored
// (links.repository.ts). Links travel in the URL fragment (`/verify-email#token=…`), which
// browsers never send to the server, so they do not end up in access logs.
import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../db/request-context.ts';
import type { AuthLinkKind } from '../../db/schema.ts';
import { findLiveLinkByHash, insertLink, voidLinksOf, type LiveLink } from './links.repository.ts';

export const LINK_LIFETIME_MINUTES: Record<AuthLinkKind, number> = {
  email_verification: 24 * 60,
  email_change: 24 * 60,
  password_reset: 60,
  invitation: 7 * 24 * 60,
  setup: 24 * 60,
};

/** Where each kind of link lands in the web app. */
export const LINK_PAGES: Record<AuthLinkKind, string> = {
  email_verification: '/verify-email',
  email_change: '/verify-email',
  password_reset: '/reset-password',
  invitation: '/invitation',
  setup: '/setup',
};

export function hashLinkToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function linkUrl(publicUrl: string, kind: AuthLinkKind, token: string): string {
  return `${publicUrl}${LINK_PAGES[kind]}#token=${token}`;
}

/**
 * Creates a link in the caller's transaction (service role) and returns its token, the only copy.
 * Earlier unused links of the same kind for the same user stop working: only the latest email counts.
 */
export async function createLink(
  tx: Tx,
  link: { kind: AuthLinkKind; userId: string | null; email: string | null },
): Promise<string> {
  if (link.userId !== null) await voidLinksOf(tx, link.userId, link.kind);
  const token = randomBytes(32).toString('base64url');
  await insertLink(tx, {
    ...link,
    tokenHash: hashLinkToken(token),
    lifetimeMinutes: LINK_LIFETIME_MINUTES[link.kind],
  });
  return token;
}

/** The live link of this token among `kinds`, locked for the transaction; undefined otherwise. */
export function findLiveLink(
  tx: Tx,
  token: string,
  kinds: readonly AuthLinkKind[],
): Promise<LiveLink | undefined> {
  return findLiveLinkByHash(tx, hashLinkToken(token), kinds);
}
