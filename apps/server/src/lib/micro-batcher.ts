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

export class MicroBatcher<In, Out> {
  private readonly queues = new Map<string, Pending<In, Out>[]>();

  constructor(
    private readonly runBatch: RunBatch<In, Out>,
    private readonly maxBatch = 256,
  ) {}

  /** Sends `item` in the next batch of `key`; resolves with its own result. */
  submit(key: string, item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** One batch at a time per key; what arrives meanwhile forms the next batch. */
  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length > 0) {
      await this.run(key, queue.splice(0, this.maxBatch));
    }
    this.queues.delete(key);
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
