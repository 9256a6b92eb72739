import { inspect } from 'node:util';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { loggerOptions } from '../../lib/logger.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz-storage';
const S3_ENV = {
  STORAGE_DRIVER: 's3',
  S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
  S3_REGION: 'fr-par',
  S3_BUCKET: 'ladiva-files',
  S3_ACCESS_KEY_ID: 'SCWXXXXXXXX',
  S3_SECRET_ACCESS_KEY: SECRET,
  S3_FORCE_PATH_STYLE: 'true',
};

describe('storage configuration', () => {
  it('keeps files in DATA_DIR by default', () => {
    expect(loadConfig({}).storage).toEqual({ driver: 'local' });
  });

  it('reads the S3 settings', () => {
    const { storage } = loadConfig(S3_ENV);
    expect(storage.driver).toBe('s3');
    if (storage.driver !== 's3') return;
    expect(storage.s3).toMatchObject({
      endpoint: 'https://s3.fr-par.scw.cloud',
      region: 'fr-par',
      bucket: 'ladiva-files',
      forcePathStyle: true,
      credentials: { accessKeyId: 'SCWXXXXXXXX' },
    });
    expect(storage.s3.credentials?.secretAccessKey.reveal()).toBe(SECRET);
  });

  it('names what is missing, never the secret', () => {
    const attempt = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return error as Error;
      }
      throw new Error('expected a ConfigError');
    };
    const noBucket = attempt({ ...S3_ENV, S3_BUCKET: '' });
    expect(noBucket).toBeInstanceOf(ConfigError);
    expect(noBucket.message).toContain('S3_BUCKET');
    const half = attempt({ ...S3_ENV, S3_ACCESS_KEY_ID: '' });
    expect(half.message).toContain('S3_SECRET_ACCESS_KEY');
    expect(half.message).not.toContain(SECRET);
    expect(attempt({ STORAGE_DRIVER: 'ftp' }).message).toContain('STORAGE_DRIVER');
  });

  it('never prints the secret: JSON, inspect, template strings, or a log of the whole config', () => {
    const config = loadConfig(S3_ENV);
    expect(JSON.stringify(config)).not.toContain(SECRET);
    expect(inspect(config, { depth: 10 })).not.toContain(SECRET);
    if (config.storage.driver !== 's3') throw new Error('s3 expected');
    expect(`${config.storage.s3.credentials!.secretAccessKey}`).toBe('[redacted]');
    const lines: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (line: string) => lines.push(line) });
    logger.info({ config }, 'configuration');
    logger.info(config.storage, 'storage');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});
