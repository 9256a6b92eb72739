import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batcher.ts';

/** A batch runner whose batches we can see and release by hand. */
function controlledRunner() {
  const batches: { key: string; items: number[]; release: (fail?: Error) => void }[] = [];
  const run = (key: string, items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push({
        key,
        items,
        release: (fail) => (fail ? reject(fail) : resolve(items.map((n) => n * 10))),
      });
    });
  return { batches, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('MicroBatcher', () => {
  it('sends an idle key at once, and gathers what arrives meanwhile into the next batch', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new MicroBatcher(run);
    const first = batcher.submit('p', 1);
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => batcher.submit('p', n));
    await tick();
    expect(batches).toHaveLength(1);
    batches[0]!.release();
    expect(await first).toBe(10);
    await tick();
    expect(batches[1]!.items).toEqual([2, 3, 4]);
    batches[1]!.release();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('keeps keys apart and caps the size of a batch', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new MicroBatcher(run, { maxBatch: 2 });
    const results = [batcher.submit('a', 1), batcher.submit('b', 2)];
    const more = [3, 4, 5].map((n) => batcher.submit('a', n));
    await tick();
    expect(batches.map((b) => [b.key, b.items])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
    batches.forEach((b) => b.release());
    await Promise.all(results);
    await tick();
    expect(batches[2]!.items).toEqual([3, 4]);
    batches[2]!.release();
    await tick();
    expect(batches[3]!.items).toEqual([5]);
    batches[3]!.release();
    expect(await Promise.all(more)).toEqual([30, 40, 50]);
  });

  it('keeps up to `concurrency` batches of a key in flight', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new MicroBatcher(run, { concurrency: 2 });
    const results = [1, 2, 3, 4].map((n) => batcher.submit('p', n));
    await tick();
    // The first two leave at once, each alone; the others wait for a free slot, together.
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[1]!.release();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2], [3, 4]]);
    batches[0]!.release();
    batches[2]!.release();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40]);
  });

  it('fails every request of a failed batch and goes on serving the key', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new MicroBatcher(run);
    const first = batcher.submit('p', 1);
    const second = batcher.submit('p', 2);
    const third = batcher.submit('p', 3);
    await tick();
    batches[0]!.release();
    await first;
    await tick();
    batches[1]!.release(new Error('commit failed'));
    await expect(second).rejects.toThrow('commit failed');
    await expect(third).rejects.toThrow('commit failed');
    const fourth = batcher.submit('p', 4);
    await tick();
    batches[2]!.release();
    expect(await fourth).toBe(40);
  });

  it('refuses a runner that answers the wrong number of results', async () => {
    const batcher = new MicroBatcher<number, number>(async () => []);
    await expect(batcher.submit('p', 1)).rejects.toThrow('answered 0 results');
  });
});
