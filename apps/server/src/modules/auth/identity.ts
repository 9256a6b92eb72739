// Identity and access, assembled once per process: keys, the secret box and the services.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { viewIssuer } from '../../plugins/request-claims.ts';
import { AccountService } from './account.service.ts';
import { AuthService } from './auth.service.ts';
import { issueViewToken } from './challenge-tokens.ts';
import { loadSigningKeys, type SigningKeys } from './signing-keys.ts';
import { StaffService } from './staff.service.ts';

/** `aud` of access tokens. */
export const API_AUDIENCE = 'ladiva-api';

export interface Identity {
  keys: SigningKeys;
  box: SecretBox;
  issuer: string;
  audience: string;
  auth: AuthService;
  account: AccountService;
  staff: StaffService;
  /** A signed URL token for a frame loading `path` (see VIEW_LINK). */
  viewLink: (path: string, userId: string) => Promise<string>;
}

export async function createIdentity({
  config,
  db,
  notifications,
  box,
}: {
  config: Pick<Config, 'dataDir' | 'publicUrl' | 'auth'>;
  db: Db;
  notifications: NotificationService;
  /** The process's secret box (loadSecretBox), shared with the notification service. */
  box: SecretBox;
}): Promise<Identity> {
  const keys = await loadSigningKeys({
    dataDir: config.dataDir,
    envPrivateKeyJwk: config.auth.jwtPrivateKey,
    envPreviousPublicKeyJwk: config.auth.jwtPreviousPublicKey,
  });
  const issuer = config.publicUrl;
  const audience = API_AUDIENCE;
  const auth = new AuthService({
    db,
    keys,
    box,
    notifications,
    settings: {
      publicUrl: config.publicUrl,
      issuer,
      audience,
      accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
    },
  });
  return {
    keys,
    box,
    issuer,
    audience,
    auth,
    account: new AccountService(db, box, auth),
    staff: new StaffService(db, auth),
    viewLink: (path, userId) => issueViewToken(keys, path, userId, viewIssuer(issuer, audience)),
  };
}
