import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, createServicePool } from '../../db/database.ts';
import {
  issueRefreshToken,
  RefreshTokenError,
  rotateRefreshToken,
  type RotatedRefreshToken,
} from './refresh-tokens.ts';
import { createSession } from './sessions.service.ts';

describe('refresh tokens', () => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email, roles) values ('Leon@Example.com', '{door}') returning id`,
    );
    userId = rows[0]!.id;
  });
  afterAll(() => database.close());

  async function newSession(): Promise<{ sessionId: string; token: string }> {
    const sessionId = await createSession(database.serviceDb, {
      userId,
      aal: 'aal1',
      ip: '203.0.113.7',
      userAgent: 'Firefox 133 on Linux',
    });
    return { sessionId, token: await issueRefreshToken(database.serviceDb, sessionId) };
  }

  async function familyOf(sessionId: string) {
    const { rows } = await database.owner.query<{
      active: number;
      total: number;
      revoked: number;
    }>(
      `select count(*) filter (where used_at is null and revoked_at is null)::int as active,
              count(*)::int as total,
              count(*) filter (where revoked_at is not null)::int as revoked
         from public.refresh_tokens where session_id = $1`,
      [sessionId],
    );
    return rows[0]!;
  }

  async function sessionRow(sessionId: string) {
    const { rows } = await database.owner.query<{
      revoked_at: Date | null;
      revoked_reason: string | null;
    }>('select revoked_at, revoked_reason from public.sessions where id = $1', [sessionId]);
    return rows[0]!;
  }

  /** Pretends the token was exchanged `seconds` ago. */
  async function ageUse(token: string, seconds: number): Promise<void> {
    await database.owner.query(
      `update public.refresh_tokens set used_at = now() - make_interval(secs => $2)
        where token_hash = sha256(convert_to($1, 'UTF8'))`,
      [token, seconds],
    );
  }

  function failure(promise: Promise<unknown>): Promise<string> {
    return promise.then(
      () => 'succeeded',
      (error: unknown) => (error instanceof RefreshTokenError ? error.reason : String(error)),
    );
  }

  it('issues opaque tokens and rotates them along a chain', async () => {
    const { sessionId, token } = await newSession();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const first = await rotateRefreshToken(database.serviceDb, token);
    expect(first).toMatchObject({ sessionId, userId, aal: 'aal1', roles: ['door'] });
    expect(first.token).not.toBe(token);
    const second = await rotateRefreshToken(database.serviceDb, first.token);
    const third = await rotateRefreshToken(database.serviceDb, second.token);
    expect(new Set([token, first.token, second.token, third.token]).size).toBe(4);
    expect(await familyOf(sessionId)).toEqual({ active: 1, total: 4, revoked: 0 });
    const { rows } = await database.owner.query<{ roots: number; families: number }>(
      `select count(*) filter (where parent_id is null)::int as roots,
              count(distinct family_id)::int as families
         from public.refresh_tokens where session_id = $1`,
      [sessionId],
    );
    expect(rows[0]).toEqual({ roots: 1, families: 1 });
  });

  it('stores only the SHA-256 of a token, never the token', async () => {
    const { sessionId, token } = await newSession();
    const rotated = await rotateRefreshToken(database.serviceDb, token);
    const { rows } = await database.owner.query<{ row: string; token_hash: Buffer }>(
      `select t::text as row, token_hash from public.refresh_tokens t where session_id = $1`,
      [sessionId],
    );
    expect(rows).toHaveLength(2);
    const hashes = [token, rotated.token].map((t) => createHash('sha256').update(t).digest('hex'));
    expect(rows.map((r) => r.token_hash.toString('hex')).sort()).toEqual(hashes.sort());
    for (const plain of [token, rotated.token]) {
      const { rows: found } = await database.owner.query<{ n: number }>(
        `select count(*)::int as n from public.refresh_tokens t
          where t::text like '%' || $1 || '%'
             or position(convert_to($1, 'UTF8') in t.token_hash) > 0`,
        [plain],
      );
      expect(found[0]!.n).toBe(0);
      for (const row of rows) expect(row.row).not.toContain(plain);
    }
  });

  it('rejects unknown and malformed tokens as invalid', async () => {
    expect(await failure(rotateRefreshToken(database.serviceDb, 'A'.repeat(43)))).toBe('invalid');
    expect(await failure(rotateRefreshToken(database.serviceDb, 'not a token'))).toBe('invalid');
    expect(await failure(rotateRefreshToken(database.serviceDb, ''))).toBe('invalid');
  });

  it('detects reuse after the grace window and revokes the family and the session', async () => {
    const { sessionId, token } = await newSession();
    const child = await rotateRefreshToken(database.serviceDb, token);
    const grandchild = await rotateRefreshToken(database.serviceDb, child.token);
    await ageUse(token, 11);
    expect(await failure(rotateRefreshToken(database.serviceDb, token))).toBe('reuse_detected');
    expect(await familyOf(sessionId)).toMatchObject({ active: 0, total: 3, revoked: 3 });
    expect(await sessionRow(sessionId)).toMatchObject({ revoked_reason: 'refresh_token_reuse' });
    // The legitimate holder is signed out too: the thief's and the owner's copies are both dead.
    expect(await failure(rotateRefreshToken(database.serviceDb, grandchild.token))).toBe('revoked');
    expect(await failure(rotateRefreshToken(database.serviceDb, token))).toBe('revoked');
  });

  it('honours a custom grace window', async () => {
    const { sessionId, token } = await newSession();
    await rotateRefreshToken(database.serviceDb, token);
    await ageUse(token, 3);
    expect(await failure(rotateRefreshToken(database.serviceDb, token, { graceSeconds: 2 }))).toBe(
      'reuse_detected',
    );
    expect((await sessionRow(sessionId)).revoked_reason).toBe('refresh_token_reuse');
  });

  it('inside the grace window replaces the child with a sibling instead of forking', async () => {
    const { sessionId, token } = await newSession();
    const child = await rotateRefreshToken(database.serviceDb, token);
    const sibling = await rotateRefreshToken(database.serviceDb, token);
    expect(sibling.token).not.toBe(child.token);
    expect(await familyOf(sessionId)).toMatchObject({ active: 1, total: 3 });
    // The sibling is the live one; the superseded child is, in its turn, within its grace window.
    const next = await rotateRefreshToken(database.serviceDb, sibling.token);
    expect(await familyOf(sessionId)).toMatchObject({ active: 1, total: 4 });
    await ageUse(child.token, 30);
    expect(await failure(rotateRefreshToken(database.serviceDb, child.token))).toBe(
      'reuse_detected',
    );
    expect(await failure(rotateRefreshToken(database.serviceDb, next.token))).toBe('revoked');
  });

  it('two simultaneous rotations of one token both succeed and leave one active token', async () => {
    const { sessionId, token } = await newSession();
    const results = await Promise.all([
      rotateRefreshToken(database.serviceDb, token),
      rotateRefreshToken(database.serviceDb, token),
    ]);
    expect(results.map((r) => r.sessionId)).toEqual([sessionId, sessionId]);
    expect(results[0]!.token).not.toBe(results[1]!.token);
    expect(await familyOf(sessionId)).toMatchObject({ active: 1, total: 3 });
    expect((await sessionRow(sessionId)).revoked_at).toBeNull();
  });

  it('twenty simultaneous rotations: no false reuse, still exactly one active token', async () => {
    const { sessionId, token } = await newSession();
    // A connection each, so that the twenty really run at once.
    const wide = createDb(createServicePool(database.appUrl, 20, silentLogger));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        rotateRefreshToken(wide, token).then(
          (value): RotatedRefreshToken | string => value,
          (error: unknown) => String(error),
        ),
      ),
    ).finally(() => wide.destroy());
    const errors = outcomes.filter((o) => typeof o === 'string');
    expect(errors).toEqual([]);
    expect(await familyOf(sessionId)).toMatchObject({ active: 1, total: 21 });
    expect((await sessionRow(sessionId)).revoked_at).toBeNull();
    // Exactly one of the twenty tokens handed out is the active one.
    const handedOut = outcomes.map((o) => (o as RotatedRefreshToken).token);
    const { rows } = await database.owner.query<{ n: number }>(
      `select count(*)::int as n from public.refresh_tokens
        where used_at is null and revoked_at is null
          and token_hash = any (select sha256(convert_to(t, 'UTF8')) from unnest($1::text[]) t)`,
      [handedOut],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses a revoked session and a disabled user', async () => {
    const revoked = await newSession();
    await database.owner.query(
      `update public.sessions set revoked_at = now(), revoked_reason = 'sign_out' where id = $1`,
      [revoked.sessionId],
    );
    expect(await failure(rotateRefreshToken(database.serviceDb, revoked.token))).toBe('revoked');
    expect(await failure(issueRefreshToken(database.serviceDb, revoked.sessionId))).toBe('revoked');

    const disabled = await newSession();
    await database.owner.query('update public.users set disabled_at = now() where id = $1', [
      userId,
    ]);
    try {
      expect(await failure(rotateRefreshToken(database.serviceDb, disabled.token))).toBe('revoked');
    } finally {
      await database.owner.query('update public.users set disabled_at = null where id = $1', [
        userId,
      ]);
    }
  });

  it('the database refuses a second active token in a family', async () => {
    const { sessionId } = await newSession();
    await expect(
      database.owner.query(
        `insert into public.refresh_tokens (session_id, family_id, token_hash)
         select session_id, family_id, sha256('another') from public.refresh_tokens
          where session_id = $1`,
        [sessionId],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
