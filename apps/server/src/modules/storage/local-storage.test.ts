import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStorage } from './local-storage.ts';
import { InvalidStorageKeyError } from './storage-driver.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('local storage driver', () => {
  let root: string;
  let storage: LocalStorage;
  beforeEach(async () => {
    root = path.join(await mkdtemp(path.join(os.tmpdir(), 'ladiva-local-storage-')), 'storage');
    storage = new LocalStorage(root);
  });

  it('writes under <root>/<bucket>/<key> and reads back bytes, type, size and ETag', async () => {
    const bytes = Buffer.from('%PDF-1.4 an export');
    const put = await storage.put('exports', 'abc.pdf', bytes, { contentType: 'application/pdf' });
    expect(await readFile(path.join(root, 'exports', 'abc.pdf'))).toEqual(bytes);
    const blob = await storage.get('exports', 'abc.pdf');
    expect(blob).toMatchObject({ contentType: 'application/pdf', size: bytes.length });
    expect(blob!.etag).toBe(put.etag);
    expect(await readAll(blob!.body)).toEqual(bytes);
    expect(await storage.exists('exports', 'abc.pdf')).toBe(true);
  });

  it('answers a missing object with undefined / false, and deletes idempotently', async () => {
    expect(await storage.get('posters', 'nothing-480.webp')).toBeUndefined();
    expect(await storage.exists('posters', 'nothing-480.webp')).toBe(false);
    await storage.put('posters', 'x-480.webp', Buffer.from('a'), { contentType: 'image/webp' });
    await storage.delete('posters', 'x-480.webp');
    await storage.delete('posters', 'x-480.webp');
    expect(await storage.get('posters', 'x-480.webp')).toBeUndefined();
  });

  it('writes atomically: a reader holding the old file reads it whole; no temporary is left', async () => {
    const old = Buffer.alloc(64 * 1024, 1);
    const replacement = Buffer.alloc(128 * 1024, 2);
    await storage.put('posters', 'k-960.webp', old, { contentType: 'image/webp' });
    const reading = await storage.get('posters', 'k-960.webp');
    // Many concurrent replacements: each one lands whole, never interleaved with another.
    await Promise.all(
      Array.from({ length: 4 }, () =>
        storage.put('posters', 'k-960.webp', replacement, { contentType: 'image/webp' }),
      ),
    );
    expect(await readAll(reading!.body)).toEqual(old);
    expect(await readFile(path.join(root, 'posters', 'k-960.webp'))).toEqual(replacement);
    expect(await readdir(path.join(root, 'posters'))).toEqual(['k-960.webp']);
  });

  it('never serves a temporary file left by a crash (its name is not a key)', async () => {
    await storage.put('posters', 'k-480.webp', Buffer.from('a'), { contentType: 'image/webp' });
    const temporary = '.0b5c2f1e-crash.tmp';
    await writeFile(path.join(root, 'posters', temporary), 'half');
    await expect(storage.get('posters', temporary)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('refuses keys and buckets that could reach another file', async () => {
    const bad = [
      '../exports/abc.pdf',
      '..',
      'a/b.webp',
      'a\\b.webp',
      '/etc/passwd',
      'x.webp\u0000.pdf',
      'Upper.webp',
      'noextension',
    ];
    for (const key of bad) {
      await expect(storage.get('posters', key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(
        storage.put('posters', key, Buffer.from('x'), { contentType: 'image/webp' }),
      ).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    await expect(storage.get('../secrets' as 'posters', 'a.pdf')).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
  });

  it('refuses a key whose extension contradicts the declared type', async () => {
    await expect(
      storage.put('posters', 'x.pdf', Buffer.from('x'), { contentType: 'image/webp' }),
    ).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});
