// Emailed single-use links (public.auth_links): only their SHA-256 is stored (auth-links.ts makes
// them). In the caller's transaction, as the service role: links are read before anyone signs in.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import type { AuthLinkKind } from '../../db/schema.ts';

export async function insertLink(
  tx: Tx,
  link: {
    kind: AuthLinkKind;
    userId: string | null;
    email: string | null;
    tokenHash: Buffer;
    lifetimeMinutes: number;
  },
): Promise<void> {
  await tx
    .insertInto('authLinks')
    .values({
      kind: link.kind,
      userId: link.userId,
      email: link.email,
      tokenHash: link.tokenHash,
      expiresAt: sql`now() + make_interval(mins => ${link.lifetimeMinutes})`,
    })
    .execute();
}

/** Voids the user's unused links (of one kind, when given). */
export async function voidLinksOf(tx: Tx, userId: string, kind?: AuthLinkKind): Promise<void> {
  let query = tx
    .updateTable('authLinks')
    .set({ usedAt: sql`now()` })
    .where('userId', '=', userId);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  await query.where('usedAt', 'is', null).execute();
}

/** Voids every unused setup link (they belong to nobody). */
export async function voidSetupLinks(tx: Tx): Promise<void> {
  await tx
    .updateTable('authLinks')
    .set({ usedAt: sql`now()` })
    .where('kind', '=', 'setup')
    .where('usedAt', 'is', null)
    .execute();
}

export interface LiveLink {
  id: string;
  kind: AuthLinkKind;
  userId: string | null;
  email: string | null;
}

/** A link that is unused and unexpired, locked for the transaction; undefined otherwise. */
export function findLiveLinkByHash(
  tx: Tx,
  tokenHash: Buffer,
  kinds: readonly AuthLinkKind[],
): Promise<LiveLink | undefined> {
  return tx
    .selectFrom('authLinks')
    .select(['id', 'kind', 'userId', 'email'])
    .where('tokenHash', '=', tokenHash)
    .where('kind', 'in', [...kinds])
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .forUpdate()
    .executeTakeFirst();
}

export async function markLinkUsed(tx: Tx, id: string): Promise<void> {
  await tx
    .updateTable('authLinks')
    .set({ usedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}
