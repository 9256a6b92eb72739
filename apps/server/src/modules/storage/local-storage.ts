// Stored files as plain files: DATA_DIR/storage/<bucket>/<key>. A write goes to a temporary file
// in the same folder, is flushed, then renamed over the key: a reader sees the old file or the
// new one, never half of one, and a crash leaves at most a temporary file (never served: its
// name cannot be a key).
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StorageBucket } from '@ladiva/contract/storage';
import {
  assertBucketAndKey,
  contentTypeOfKey,
  InvalidStorageKeyError,
  type StorageDriver,
  type StoredBlob,
} from './storage-driver.ts';

const isMissing = (error: unknown) => (error as { code?: string }).code === 'ENOENT';

export class LocalStorage implements StorageDriver {
  private readonly root: string;

  /** `root` is DATA_DIR/storage. */
  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file of a key, after checking that the key cannot leave its bucket's folder. */
  private fileOf(bucket: StorageBucket, key: string): string {
    assertBucketAndKey(bucket, key);
    const folder = path.join(this.root, bucket);
    const file = path.join(folder, key);
    if (path.dirname(file) !== folder) throw new InvalidStorageKeyError(`invalid key ${key}`);
    return file;
  }

  async put(
    bucket: StorageBucket,
    key: string,
    body: Buffer,
    { contentType }: { contentType: string },
  ): Promise<{ etag: string; size: number }> {
    const file = this.fileOf(bucket, key);
    // The type is kept by the key's extension: refuse a key that would lie about it.
    if (contentTypeOfKey(key).split(';')[0] !== contentType.split(';')[0]) {
      throw new InvalidStorageKeyError(`key ${key} does not match content type ${contentType}`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = path.join(path.dirname(file), `.${randomUUID()}.tmp`);
    const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
    try {
      await handle.writeFile(body);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const stats = await stat(file);
    return { etag: etagOf(stats.size, stats.mtimeMs), size: stats.size };
  }

  async get(bucket: StorageBucket, key: string): Promise<StoredBlob | undefined> {
    const file = this.fileOf(bucket, key);
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        await handle.close();
        return undefined;
      }
      return {
        // The stream owns the handle from here and closes it when done or destroyed.
        body: handle.createReadStream(),
        contentType: contentTypeOfKey(key),
        size: stats.size,
        etag: etagOf(stats.size, stats.mtimeMs),
      };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(bucket: StorageBucket, key: string): Promise<void> {
    await rm(this.fileOf(bucket, key), { force: true });
  }

  async exists(bucket: StorageBucket, key: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(bucket, key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}

/** Size and modification time, as static file servers do: files here are written once. */
function etagOf(size: number, mtimeMs: number): string {
  return `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}
