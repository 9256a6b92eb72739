import os from 'node:os';
import path from 'node:path';
import type { StorageConfig } from '../../config.ts';
import { LocalStorage } from './local-storage.ts';
import { S3Storage } from './s3-storage.ts';
import type { StorageDriver } from './storage-driver.ts';

/**
 * The driver the configuration chooses: DATA_DIR/storage by default, or S3. An app built without
 * a data folder (tests that do not care about files) keeps them in one temporary folder per
 * process, created only when a file is first written (the local driver makes its folders then).
 */
export function createStorageDriver(config: {
  storage?: StorageConfig | undefined;
  dataDir?: string | undefined;
}): StorageDriver {
  if (config.storage?.driver === 's3') return new S3Storage(config.storage.s3);
  const dataDir = config.dataDir ?? path.join(os.tmpdir(), `ladiva-files-${process.pid}`);
  return new LocalStorage(path.join(dataDir, 'storage'));
}
