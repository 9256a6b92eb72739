// VAPID keys identify La Diva to the browsers' push services. Every subscription is bound to the
// public key it was created with, so the pair must survive restarts and be shared by every
// process: taken from the environment when set, otherwise generated once into DATA_DIR.
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';

export interface VapidKeys {
  /** `mailto:` or `https:` contact the push services may use to reach us. */
  subject: string;
  publicKey: string;
  privateKey: string;
}

export interface LoadVapidKeysOptions {
  dataDir: string;
  publicKey?: string | undefined;
  privateKey?: string | undefined;
  subject: string;
}

const storedKeys = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

/** Path of the generated pair, relative to DATA_DIR. */
export const VAPID_FILE = join('secrets', 'vapid.json');

export async function loadVapidKeys(options: LoadVapidKeysOptions): Promise<VapidKeys> {
  const { dataDir, publicKey, privateKey, subject } = options;
  if (publicKey && privateKey) return { subject, publicKey, privateKey };
  // Half a pair is a configuration mistake; silently falling back to the file would sign with a
  // key the operator did not mean.
  if (publicKey || privateKey) {
    throw new Error('Set both VAPID public and private keys, or neither (to use DATA_DIR)');
  }

  const dir = join(dataDir, 'secrets');
  const file = join(dataDir, VAPID_FILE);
  const existing = await readKeys(file);
  if (existing) return { subject, ...existing };

  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700); // mkdir's mode does not apply to a directory that already existed
  const generated = webpush.generateVAPIDKeys();
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  try {
    // link() publishes the complete file atomically and, unlike rename(), fails if another
    // process got there first; we then use theirs, so every process signs with the same pair.
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp);
  }
  const stored = await readKeys(file);
  if (!stored) throw new Error(`${file} vanished right after it was written`);
  return { subject, ...stored };
}

async function readKeys(file: string): Promise<z.infer<typeof storedKeys> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // A damaged file is an error, never a reason to generate a new pair: that would silently
  // orphan every existing subscription.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; restore it or delete it to generate a new pair`);
  }
  const parsed = storedKeys.safeParse(json);
  if (!parsed.success) throw new Error(`${file} must hold { publicKey, privateKey }`);
  return parsed.data;
}
