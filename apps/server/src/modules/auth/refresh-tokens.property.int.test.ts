// Properties of refresh-token rotation over generated histories, against a real PostgreSQL:
// reuse outside the grace window kills the whole family and the session; concurrent rotations
// inside it never fork a family nor revoke it; every token is fresh and carries ≥ 128 bits.
// graceSeconds: 0 puts every earlier use outside the window, 3600 puts it inside.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, createServicePool, type Db } from '../../db/database.ts';
import {
  hashRefreshToken,
  issueRefreshToken,
  RefreshTokenError,
  rotateRefreshToken,
} from './refresh-tokens.ts';
import { createSession } from './sessions.service.ts';

const OUTSIDE = { graceSeconds: 0 };
const INSIDE = { graceSeconds: 3600 };
const RUNS = { numRuns: 20 };

describe('refresh-token rotation (properties)', () => {
  let database: TestDatabase;
  /** Enough connections for eight rotations to really run at once. */
  let db: Db;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    db = createDb(createServicePool(database.appUrl, 8, silentLogger));
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email) values ('property@example.com') returning id`,
    );
    userId = rows[0]!.id;
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.close();
  });

  async function newFamily(): Promise<{ sessionId: string; token: string }> {
    const sessionId = await createSession(db, { userId, aal: 'aal1' });
    return { sessionId, token: await issueRefreshToken(db, sessionId) };
  }

  /** The issued token followed by `n` rotations, each of the previous one. */
  async function chain(n: number): Promise<{ sessionId: string; tokens: string[] }> {
    const { sessionId, token } = await newFamily();
    const tokens = [token];
    for (let i = 0; i < n; i += 1) {
      tokens.push((await rotateRefreshToken(db, tokens.at(-1)!, OUTSIDE)).token);
    }
    return { sessionId, tokens };
  }

  function outcome(promise: Promise<unknown>): Promise<string> {
    return promise.then(
      () => 'rotated',
      (error: unknown) => (error instanceof RefreshTokenError ? error.reason : String(error)),
    );
  }

  async function family(sessionId: string) {
    const { rows } = await database.owner.query<{
      token_hash: Buffer;
      active: boolean;
      revoked: boolean;
    }>(
      `select token_hash, used_at is null and revoked_at is null as active,
              revoked_at is not null as revoked
         from public.refresh_tokens where session_id = $1`,
      [sessionId],
    );
    return rows;
  }

  async function session(sessionId: string) {
    const { rows } = await database.owner.query<{ revoked_reason: string | null }>(
      'select revoked_reason from public.sessions where id = $1',
      [sessionId],
    );
    return rows[0]!;
  }

  it('(a) any rotated token presented outside the grace window revokes the family and the session', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))),
        async ([n, stolen]) => {
          const { sessionId, tokens } = await chain(n);
          expect(await outcome(rotateRefreshToken(db, tokens[stolen]!, OUTSIDE))).toBe(
            'reuse_detected',
          );
          // Every token of the family, the latest included, is refused from now on, even inside
          // the grace window.
          for (const token of tokens) {
            expect(await outcome(rotateRefreshToken(db, token, INSIDE))).toBe('revoked');
          }
          expect(await session(sessionId)).toEqual({ revoked_reason: 'refresh_token_reuse' });
          const rows = await family(sessionId);
          expect(rows).toHaveLength(n + 1);
          expect(rows.every((row) => row.revoked && !row.active)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('(b) k concurrent rotations of one token inside the grace window all succeed and leave one active token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        async (k, earlier) => {
          // The presented token is fresh (earlier = 0) or was itself rotated moments ago.
          const { sessionId, tokens } = await chain(0);
          const presented = tokens[0]!;
          let latest = presented;
          for (let i = 0; i < earlier; i += 1) {
            latest = (await rotateRefreshToken(db, presented, INSIDE)).token;
          }
          const results = await Promise.allSettled(
            Array.from({ length: k }, () => rotateRefreshToken(db, presented, INSIDE)),
          );
          expect(results.map((result) => result.status)).toEqual(Array(k).fill('fulfilled'));
          const issued = results.map(
            (result) => (result as PromiseFulfilledResult<{ token: string }>).value.token,
          );

          const rows = await family(sessionId);
          const active = rows.filter((row) => row.active);
          expect(active).toHaveLength(1);
          expect(await session(sessionId)).toEqual({ revoked_reason: null });
          // The active token is one of those just handed out; the earlier ones are superseded.
          const holder = issued.filter((token) =>
            hashRefreshToken(token).equals(active[0]!.token_hash),
          );
          expect(holder).toHaveLength(1);
          // No fork and no loss: every rotation added exactly one token to the family.
          expect(rows).toHaveLength(1 + earlier + k);
          expect(active[0]!.token_hash.equals(hashRefreshToken(latest))).toBe(false);
          const next = await rotateRefreshToken(db, holder[0]!, OUTSIDE);
          expect(next.sessionId).toBe(sessionId);
          expect((await family(sessionId)).filter((row) => row.active)).toHaveLength(1);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('(c) every token handed out is new and carries at least 128 bits in base64url', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        async (n, concurrent) => {
          const { tokens } = await chain(n);
          const siblings = await Promise.all(
            Array.from({ length: concurrent }, () =>
              rotateRefreshToken(db, tokens.at(-1)!, INSIDE),
            ),
          );
          for (const token of [...tokens, ...siblings.map((s) => s.token)]) {
            expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
            const bytes = Buffer.from(token, 'base64url');
            expect(bytes.length).toBeGreaterThanOrEqual(16);
            expect(bytes.toString('base64url')).toBe(token);
            expect(seen.has(token)).toBe(false);
            seen.add(token);
          }
        },
      ),
      RUNS,
    );
    expect(seen.size).toBeGreaterThanOrEqual(RUNS.numRuns);
  });
});
