import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { loadVapidKeys, VAPID_FILE } from './vapid-keys.ts';

const subject = 'mailto:tech@ladiva.example';
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ladiva-vapid-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('loadVapidKeys', () => {
  it('generates a pair once, stores it privately and reuses it', async () => {
    const first = await loadVapidKeys({ dataDir, subject });
    expect(first.subject).toBe(subject);
    // A usable pair: web-push signs with it.
    expect(() =>
      webpush.getVapidHeaders(
        'https://push.example',
        subject,
        first.publicKey,
        first.privateKey,
        'aes128gcm',
      ),
    ).not.toThrow();

    const file = join(dataDir, VAPID_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'secrets'))).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      publicKey: first.publicKey,
      privateKey: first.privateKey,
    });

    const second = await loadVapidKeys({ dataDir, subject });
    expect(second).toEqual(first);
  });

  it('leaves no temporary file behind', async () => {
    await loadVapidKeys({ dataDir, subject });
    expect(await readdir(join(dataDir, 'secrets'))).toEqual(['vapid.json']);
  });

  it('gives every concurrent caller the same pair', async () => {
    const all = await Promise.all(
      Array.from({ length: 8 }, () => loadVapidKeys({ dataDir, subject })),
    );
    const stored = JSON.parse(await readFile(join(dataDir, VAPID_FILE), 'utf8')) as unknown;
    for (const keys of all) {
      expect({ publicKey: keys.publicKey, privateKey: keys.privateKey }).toEqual(stored);
    }
  });

  it('prefers the keys from the environment and writes nothing', async () => {
    const env = webpush.generateVAPIDKeys();
    await expect(loadVapidKeys({ dataDir, subject, ...env })).resolves.toEqual({ subject, ...env });
    await expect(stat(join(dataDir, VAPID_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('prefers the keys from the environment over a stored pair', async () => {
    const stored = await loadVapidKeys({ dataDir, subject });
    const env = webpush.generateVAPIDKeys();
    const keys = await loadVapidKeys({ dataDir, subject, ...env });
    expect(keys.publicKey).toBe(env.publicKey);
    expect(keys.publicKey).not.toBe(stored.publicKey);
  });

  it('refuses half a pair from the environment', async () => {
    const { publicKey } = webpush.generateVAPIDKeys();
    await expect(loadVapidKeys({ dataDir, subject, publicKey })).rejects.toThrow(/both/);
  });

  it('refuses a damaged file rather than replacing the pair', async () => {
    await mkdir(join(dataDir, 'secrets'), { recursive: true });
    await writeFile(join(dataDir, VAPID_FILE), '{ "publicKey": ');
    await expect(loadVapidKeys({ dataDir, subject })).rejects.toThrow(/not valid JSON/);
    expect(await readFile(join(dataDir, VAPID_FILE), 'utf8')).toBe('{ "publicKey": ');
  });
});
