import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { createTestCatalogue } from '../../test/test-catalogue.ts';
import { runHousekeeping } from './housekeeping.ts';

describe('housekeeping', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('ends idle sessions, forgets old links, spent challenges past expiry, ended rate-limit windows and past manage links, and keeps the rest', async () => {
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email) values ('idle@example.com') returning id`,
    );
    const user = rows[0]!.id;
    const sessions = await database.owner.query<{ id: string }>(
      `insert into public.sessions (user_id, last_seen_at)
       values ($1, now() - interval '31 days'), ($1, now() - interval '1 day') returning id`,
      [user],
    );
    const [idle, active] = sessions.rows.map((row) => row.id);
    await database.owner.query(
      `insert into public.auth_links (kind, user_id, token_hash, expires_at)
       values ('password_reset', $1, sha256('old'), now() - interval '8 days'),
              ('password_reset', $1, sha256('new'), now() + interval '1 hour')`,
      [user],
    );
    // Spent sign-in challenges: one past its expiry, one that could still be presented.
    await database.owner.query(
      `insert into public.used_mfa_challenges (jti, user_id, expires_at)
       values (gen_random_uuid(), $1, now() - interval '1 minute'),
              (gen_random_uuid(), $1, now() + interval '4 minutes')`,
      [user],
    );
    await database.owner.query(
      `insert into public.rate_limit_hits (bucket, window_start, expires_at)
       values (repeat('a', 64), now() - interval '2 hours', now() - interval '1 hour'),
              (repeat('b', 64), now(), now() + interval '1 hour')`,
    );

    // Manage links: one whose evening is over, one still live.
    const catalogue = await createTestCatalogue(database.owner);
    const performanceId = await catalogue.performance();
    const booking = await database.owner.query<{ id: string }>(
      `insert into public.bookings (reference, performance_id, party_size, expires_at, total_cents)
       values ('HK2345AB', $1, 2, now(), 0) returning id`,
      [performanceId],
    );
    await database.owner.query(
      `insert into public.booking_links (booking_id, token_hash, expires_at)
       values ($1, sha256('over'), now() - interval '1 minute'),
              ($1, sha256('live'), now() + interval '1 day')`,
      [booking.rows[0]!.id],
    );

    // The change feed: the writes above appended events now; one is two days old.
    await database.owner.query(
      `update public.change_events set at = now() - interval '2 days'
        where id = (select min(id) from public.change_events)`,
    );
    const { rows: feed } = await database.owner.query<{ n: number }>(
      'select count(*)::int as n from public.change_events',
    );

    const removed = await runHousekeeping(database.db);
    expect(removed).toEqual({ rateLimits: 1, auth: 3, bookingLinks: 1, changeEvents: 1 });
    const { rows: kept } = await database.owner.query<{ n: number }>(
      'select count(*)::int as n from public.change_events',
    );
    expect(kept[0]!.n).toBe(feed[0]!.n - 1);
    const challenges = await database.owner.query(
      'select expires_at > now() as live from public.used_mfa_challenges',
    );
    expect(challenges.rows).toEqual([{ live: true }]);
    const manageLinks = await database.owner.query('select 1 from public.booking_links');
    expect(manageLinks.rowCount).toBe(1);

    const after = await database.owner.query<{ id: string; revoked_reason: string | null }>(
      'select id, revoked_reason from public.sessions order by last_seen_at',
    );
    expect(after.rows).toEqual([
      { id: idle, revoked_reason: 'idle_timeout' },
      { id: active, revoked_reason: null },
    ]);
    const links = await database.owner.query('select 1 from public.auth_links');
    expect(links.rowCount).toBe(1);
    const hits = await database.owner.query('select bucket from public.rate_limit_hits');
    expect(hits.rows).toEqual([{ bucket: 'b'.repeat(64) }]);
  });
});
