// Consents (public.consents): appended, never changed; the latest record of a kind is the one in
// force, and the history stays as proof (even with an erased account's tombstone).
import type { Tx } from '../../db/request-context.ts';
import type { ConsentsTable } from '../../db/schema.ts';

export interface NewConsent {
  userId: string;
  kind: ConsentsTable['kind'];
  granted: boolean;
  wordingVersion: string;
  ip: string | null;
}

const columns = ['kind', 'granted', 'wordingVersion', 'at'] as const;

export async function insertConsents(tx: Tx, consents: NewConsent[]): Promise<void> {
  await tx.insertInto('consents').values(consents).execute();
}

export function insertConsent(tx: Tx, consent: NewConsent) {
  return tx.insertInto('consents').values(consent).returning(columns).executeTakeFirstOrThrow();
}

/** The latest record of each kind the caller may read. */
export function latestConsents(tx: Tx) {
  return tx
    .selectFrom('consents')
    .select(columns)
    .distinctOn('kind')
    .orderBy('kind')
    .orderBy('at', 'desc')
    .execute();
}

/** Every record the caller may read, oldest first (GDPR export). */
export function allConsents(tx: Tx) {
  return tx.selectFrom('consents').select(columns).orderBy('at').execute();
}
