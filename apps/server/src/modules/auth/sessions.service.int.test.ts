import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { issueRefreshToken, RefreshTokenError, rotateRefreshToken } from './refresh-tokens.ts';
import {
  createSession,
  listSessions,
  revokeAllSessions,
  revokeSession,
  SessionError,
} from './sessions.service.ts';

describe('sessions', () => {
  let database: TestDatabase;
  let alice: string;
  let bob: string;
  const claimsOf = (sub: string, session_id?: string): RequestClaims => ({
    role: 'authenticated',
    sub,
    roles: [],
    aal: 'aal1',
    session_id,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email) values ('alice@example.com'), ('bob@example.com')
       returning id`,
    );
    [alice, bob] = rows.map((r) => r.id) as [string, string];
  });
  afterAll(() => database.close());

  const activeTokens = async (sessionId: string) =>
    (
      await database.owner.query<{ n: number }>(
        `select count(*)::int as n from public.refresh_tokens
          where session_id = $1 and used_at is null and revoked_at is null`,
        [sessionId],
      )
    ).rows[0]!.n;

  it('creates a session with a summarised user agent and a valid IP only', async () => {
    const id = await createSession(database.serviceDb, {
      userId: alice,
      aal: 'aal2',
      ip: 'not an ip',
      userAgent: `Mozilla/5.0\n${'x'.repeat(500)}`,
    });
    const { rows } = await database.owner.query(
      'select user_id, aal, ip, user_agent from public.sessions where id = $1',
      [id],
    );
    expect(rows[0]).toMatchObject({ user_id: alice, aal: 'aal2', ip: null });
    expect(rows[0].user_agent).toHaveLength(200);
    expect(rows[0].user_agent).not.toContain('\n');
  });

  it('refuses a session for a disabled or unknown account', async () => {
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email, disabled_at) values ('gone@example.com', now()) returning id`,
    );
    for (const userId of [rows[0]!.id, '00000000-0000-4000-8000-000000000000']) {
      await expect(
        createSession(database.serviceDb, { userId, aal: 'aal1' }),
      ).rejects.toBeInstanceOf(SessionError);
    }
  });

  it('lists only the caller’s live sessions, through RLS', async () => {
    const a1 = await createSession(database.serviceDb, {
      userId: alice,
      aal: 'aal1',
      ip: '2001:db8::1',
    });
    const a2 = await createSession(database.serviceDb, { userId: alice, aal: 'aal1' });
    const b1 = await createSession(database.serviceDb, { userId: bob, aal: 'aal1' });
    await revokeSession(database.serviceDb, a2, { reason: 'sign_out' });

    const mine = await listSessions(database.db, claimsOf(alice, a1));
    const ids = mine.map((s) => s.id);
    expect(ids).toContain(a1);
    expect(ids).not.toContain(a2);
    expect(ids).not.toContain(b1);
    expect(mine.find((s) => s.id === a1)).toMatchObject({ current: true, ip: '2001:db8::1' });

    const bobs = await listSessions(database.db, claimsOf(bob));
    expect(bobs.map((s) => s.id)).toEqual([b1]);
    await expect(listSessions(database.db, { role: 'anon' })).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('revokes one session and its refresh tokens, only for its owner when asked', async () => {
    const id = await createSession(database.serviceDb, { userId: alice, aal: 'aal1' });
    const token = await issueRefreshToken(database.serviceDb, id);
    expect(await revokeSession(database.serviceDb, id, { reason: 'sign_out', userId: bob })).toBe(
      false,
    );
    expect(await activeTokens(id)).toBe(1);
    expect(await revokeSession(database.serviceDb, id, { reason: 'sign_out', userId: alice })).toBe(
      true,
    );
    expect(await revokeSession(database.serviceDb, id, { reason: 'sign_out' })).toBe(false);
    expect(await activeTokens(id)).toBe(0);
    await expect(rotateRefreshToken(database.serviceDb, token)).rejects.toEqual(
      new RefreshTokenError('revoked'),
    );
    await expect(
      revokeSession(database.serviceDb, id, { reason: 'Not A Reason' }),
    ).rejects.toBeInstanceOf(SessionError);
  });

  it('revokes all sessions of a user, but one if asked, with their tokens', async () => {
    const keep = await createSession(database.serviceDb, { userId: bob, aal: 'aal1' });
    const other = await createSession(database.serviceDb, { userId: bob, aal: 'aal1' });
    const aliceSession = await createSession(database.serviceDb, { userId: alice, aal: 'aal1' });
    for (const id of [keep, other, aliceSession]) await issueRefreshToken(database.serviceDb, id);

    const revoked = await revokeAllSessions(database.serviceDb, bob, 'password_changed', {
      exceptSessionId: keep,
    });
    expect(revoked).toBeGreaterThanOrEqual(1);
    expect(await activeTokens(other)).toBe(0);
    expect(await activeTokens(keep)).toBe(1);
    expect(await activeTokens(aliceSession)).toBe(1);

    await revokeAllSessions(database.serviceDb, bob, 'sign_out_everywhere');
    expect(await activeTokens(keep)).toBe(0);
    expect(await listSessions(database.db, claimsOf(bob))).toEqual([]);
    const { rows } = await database.owner.query(
      'select revoked_reason from public.sessions where id = any($1) order by revoked_reason',
      [[keep, other]],
    );
    expect(rows.map((r) => r.revoked_reason)).toEqual(['password_changed', 'sign_out_everywhere']);
  });
});
