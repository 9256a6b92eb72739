// Group commit for holds (ADR 0010): the pending holds of one performance run one after the other
// in ONE transaction per batch, each under its own savepoint, and commit together.
//
// Why: every hold of a performance updates the same zone counter rows; with a transaction per
// request, each buyer waits on the row lock until the previous commit has been flushed to disk,
// so holds/s is bounded by flushes/s. A batch takes the lock once and flushes once for many holds.
//
// The guarantee is unchanged: each hold is the same conditional update (held + sold + n <=
// capacity) on the same rows, the CHECK still stands behind it, and another instance's batch waits
// on the row lock as before. A hold that fails (sold out, bad input) rolls back to its savepoint
// and fails alone; if the batch's commit fails, every hold of the batch fails with it (their
// clients retry with the same idempotency key). The queue is only in-flight work of this
// process: nothing another instance needs.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';

interface Pending<T> {
  work: (tx: Tx) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type BatchTransaction = <T>(db: Db, fn: (tx: Tx) => Promise<T>) => Promise<T>;

export class HoldBatcher<T> {
  private readonly queues = new Map<string, Pending<T>[]>();

  constructor(
    private readonly db: Db,
    /** Runs one batch (the inventory transaction: service role, lock timeout, BUSY mapping). */
    private readonly transaction: BatchTransaction,
    /** Maps an error thrown by one hold (e.g. a lock timeout) to what its caller should get. */
    private readonly mapError: (error: unknown) => unknown = (error) => error,
    private readonly maxBatch = 64,
  ) {}

  /** Runs `work` in the next batch of this key (a performance id); resolves with its result. */
  submit(key: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ work, resolve, reject });
        return;
      }
      this.queues.set(key, [{ work, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** One batch at a time per key; what arrives meanwhile forms the next batch. */
  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length > 0) {
      await this.run(queue.splice(0, this.maxBatch));
    }
    this.queues.delete(key);
  }

  private async run(batch: Pending<T>[]): Promise<void> {
    const outcomes: Outcome<T>[] = [];
    try {
      await this.transaction(this.db, async (tx) => {
        outcomes.length = 0; // a retried transaction starts over
        for (const item of batch) {
          await sql`savepoint hold`.execute(tx);
          try {
            const value = await item.work(tx);
            await sql`release savepoint hold`.execute(tx);
            outcomes.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint hold`.execute(tx);
            outcomes.push({ ok: false, error: this.mapError(error) });
          }
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
