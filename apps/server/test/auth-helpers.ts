// Accounts and tokens for tests: users written by the owner, sessions and access tokens issued by
// the real modules (the same code paths as a sign-in, minus the password round trip).
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import { issueAccessToken } from '../src/modules/auth/access-tokens.ts';
import type { Identity } from '../src/modules/auth/identity.ts';
import { hashPassword } from '../src/modules/auth/password-hashing.ts';
import { createSession } from '../src/modules/auth/sessions.service.ts';
import type { TestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'Paillettes et plumes 1925';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
}

/** A verified account with TEST_PASSWORD, and these staff roles. */
export async function createUser(
  database: Pick<TestDatabase, 'owner'>,
  { email, roles = [] }: { email: string; roles?: StaffRole[] },
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const { rows } = await database.owner.query<{ id: string }>(
    `insert into public.users (email, password_hash, roles, email_verified_at)
     values ($1, $2, $3, now()) returning id`,
    [email, await passwordHash, roles],
  );
  return { id: rows[0]!.id, email };
}

/** A live session of the user and an access token for it. */
export async function accessTokenFor(
  database: Pick<TestDatabase, 'db' | 'owner'>,
  identity: Identity,
  user: TestUser,
  aal: 'aal1' | 'aal2' = 'aal2',
): Promise<{ token: string; sessionId: string; authorization: string }> {
  const sessionId = await createSession(database.db, { userId: user.id, aal });
  const { rows } = await database.owner.query<{ roles: StaffRole[] }>(
    'select roles from public.users where id = $1',
    [user.id],
  );
  const token = await issueAccessToken(identity.keys, {
    sub: user.id,
    roles: rows[0]!.roles,
    aal,
    sessionId,
    issuer: identity.issuer,
    audience: identity.audience,
  });
  return { token, sessionId, authorization: `Bearer ${token}` };
}
