// VAPID keys identify La Diva to the browsers' push services. Every subscription is bound to the
// public key it was created with, so the pair must survive restarts and be shared by every
// process: taken from the environment when set, otherwise generated once into DATA_DIR.
import { join } from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';
import { loadOrCreateSecretFile } from '../../../../lib/secret-file.ts';

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

  return {
    subject,
    ...(await loadOrCreateSecretFile(
      join(dataDir, VAPID_FILE),
      (json) => {
        const parsed = storedKeys.safeParse(json);
        if (!parsed.success) throw new Error(`${VAPID_FILE} must hold { publicKey, privateKey }`);
        return parsed.data;
      },
      () => webpush.generateVAPIDKeys(),
      'restore it or delete it to generate a new pair (existing subscriptions will stop working)',
    )),
  };
}
