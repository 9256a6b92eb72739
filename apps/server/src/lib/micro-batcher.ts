// Group commit (ADR 0010): requests that arrive while a batch of the same key is in flight wait
// and leave together in the next batch, so a burst of N requests costs a few round trips and a
// few commit flushes instead of N. An idle key sends its first request at once: batching adds no
// delay when there is no queue.
//
// The batcher only holds in-flight work of this process (nothing another instance needs): if the
// process dies, its callers' connections die with it and they retry.

/** Runs one batch; answers one result per item, in order. */
export type RunBatch<In, Out> = (key: string, items: In[]) => Promise<Out[]>;

interface Pending<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

interface Queue<In, Out> {
  pending: Pending<In, Out>[];
  inFlight: number;
}

export class MicroBatcher<In, Out> {
  private readonly queues = new Map<string, Queue<In, Out>>();

  constructor(
    private readonly runBatch: RunBatch<In, Out>,
    private readonly options: {
      /** Most requests in one batch. */
      maxBatch?: number;
      /**
       * Batches of one key in flight at once (default 1). More than one lets a batch do the work
       * that needs no lock while the previous one holds it or waits for its commit.
       */
      concurrency?: number;
      /**
       * A batch beside one already in flight starts only with this many requests (default 1):
       * batches that queue on the same locks should not spend a turn on one request.
       */
      overlapFrom?: number;
    } = {},
  ) {}

  /** Sends `item` in the next batch of `key`; resolves with its own result. */
  submit(key: string, item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { pending: [], inFlight: 0 };
        this.queues.set(key, queue);
      }
      queue.pending.push({ item, resolve, reject });
      this.pump(key, queue);
    });
  }

  /** Starts batches while a slot is free; what arrives meanwhile waits for the next one. */
  private pump(key: string, queue: Queue<In, Out>): void {
    const { maxBatch = 256, concurrency = 1, overlapFrom = 1 } = this.options;
    while (queue.inFlight < concurrency && queue.pending.length > 0) {
      if (queue.inFlight > 0 && queue.pending.length < overlapFrom) break;
      const batch = queue.pending.splice(0, maxBatch);
      queue.inFlight += 1;
      void this.run(key, batch).finally(() => {
        queue.inFlight -= 1;
        if (queue.pending.length > 0) this.pump(key, queue);
        else if (queue.inFlight === 0) this.queues.delete(key);
      });
    }
  }

  private async run(key: string, batch: Pending<In, Out>[]): Promise<void> {
    let results: Out[];
    try {
      results = await this.runBatch(
        key,
        batch.map((pending) => pending.item),
      );
      if (results.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} answered ${results.length} results`);
      }
    } catch (error) {
      // The batch failed as a whole (e.g. its commit): every request of it fails.
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, i) => pending.resolve(results[i]!));
  }
}
