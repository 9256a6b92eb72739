// Reading the change feed (migration 0023): the events of the transactions between a cursor and
// the reader's snapshot horizon, and the new cursor. Cursors are transaction ids (xid8) as
// decimal strings; they compare as numbers.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';

export interface ChangeEvent {
  /** The cursor to resume after this event (its transaction's id). */
  tx: string;
  topic: string;
  audience: 'public' | 'staff';
}

/** Cursors compare as unsigned 64-bit numbers. */
export const cursorBefore = (a: string, b: string) => BigInt(a) < BigInt(b);

/** Where the feed stands now: events of later transactions will be read from here. */
export async function feedHorizon(db: Db): Promise<string> {
  return withServiceContext(db, async (tx) => {
    const { rows } = await sql<{ xmin: string }>`
      select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(tx);
    return rows[0]!.xmin;
  });
}

/** The oldest cursor the feed can still serve; older ones must read the resource again. */
export async function oldestCursor(db: Db): Promise<string> {
  return withServiceContext(db, async (tx) => {
    const { rows } = await sql<{ horizon: string }>`
      select public.change_feed_horizon()::text as horizon`.execute(tx);
    return rows[0]!.horizon;
  });
}

/** The events since `after`, and the cursor to read from next. */
export async function readChanges(
  db: Db,
  after: string,
): Promise<{ events: ChangeEvent[]; next: string }> {
  return withServiceContext(db, async (tx) => {
    const { rows } = await sql<{
      tx: string | null;
      topic: string | null;
      audience: 'public' | 'staff' | null;
      next: string;
    }>`
      select tx::text as tx, topic, audience, next::text as next
        from public.read_changes(${after}::xid8)`.execute(tx);
    const events = rows
      .filter((row) => row.tx !== null)
      .map((row) => ({ tx: row.tx!, topic: row.topic!, audience: row.audience! }));
    // A full page stops inside the range: resume at its last transaction (read again, deduped).
    const next =
      rows.length >= READ_LIMIT && events.length > 0 ? events.at(-1)!.tx : (rows[0]?.next ?? after);
    return { events, next };
  });
}

/** What one read returns at most (read_changes' default). */
const READ_LIMIT = 5000;

/** Whether any event of `topic` committed at or after `after` (a room channel's resume). */
export async function changedSince(db: Db, topic: string, after: string): Promise<boolean> {
  return withServiceContext(db, async (tx) => {
    const { rows } = await sql<{ changed: boolean }>`
      select exists (select 1 from public.change_events
                      where tx >= ${after}::xid8 and topic = ${topic}) as changed`.execute(tx);
    return rows[0]?.changed ?? false;
  });
}
