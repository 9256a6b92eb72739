// Identity and access, assembled once per process: keys, the secret box, and the services of each
// flow, wired here and nowhere else.
//
//   sign-in.service.ts        password step, second-factor step, their limits
//   sign-up.service.ts        sign-up, email verification, email change
//   recovery.service.ts       forgotten password: the link, its page, the reset
//   second-factor.service.ts  enrol TOTP, turn it off, recovery codes
//   sessions.service.ts       list, revoke, sign out          session-issuer.ts  open, refresh
//   invitations.service.ts    staff invitations (sent by modules/staff, accepted here)
//   first-admin.service.ts    the first admin                 account.service.ts  profile, GDPR
//   *.repository.ts           the only statements on identity's tables
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { viewIssuer } from '../../plugins/request-claims.ts';
import { AccountService } from './account.service.ts';
import { issueViewToken } from './challenge-tokens.ts';
import { FirstAdminService } from './first-admin.service.ts';
import { InvitationsService } from './invitations.service.ts';
import { Reauthenticator } from './reauthentication.ts';
import { RecoveryService } from './recovery.service.ts';
import { SecondFactorCheck } from './second-factor.ts';
import { SecondFactorService } from './second-factor.service.ts';
import { SessionIssuer } from './session-issuer.ts';
import { SessionsService } from './sessions.service.ts';
import { SignInService } from './sign-in.service.ts';
import { SignUpService } from './sign-up.service.ts';
import { loadSigningKeys, type SigningKeys } from './signing-keys.ts';

/** `aud` of access tokens. */
export const API_AUDIENCE = 'ladiva-api';

export interface Identity {
  keys: SigningKeys;
  box: SecretBox;
  issuer: string;
  audience: string;
  signIn: SignInService;
  signUp: SignUpService;
  recovery: RecoveryService;
  secondFactor: SecondFactorService;
  sessions: SessionsService;
  sessionIssuer: SessionIssuer;
  invitations: InvitationsService;
  firstAdmin: FirstAdminService;
  account: AccountService;
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
  const { publicUrl } = config;
  const sessionIssuer = new SessionIssuer(db, keys, {
    issuer,
    audience,
    accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
  });
  const factors = new SecondFactorCheck(db, box);
  const reauthentication = new Reauthenticator(db, factors);
  return {
    keys,
    box,
    issuer,
    audience,
    signIn: new SignInService({
      db,
      keys,
      challengeIssuer: { issuer, audience: `${audience}:mfa` },
      sessions: sessionIssuer,
      factors,
    }),
    signUp: new SignUpService({ db, notifications, publicUrl, reauthentication }),
    recovery: new RecoveryService({ db, notifications, publicUrl, factors }),
    secondFactor: new SecondFactorService({ db, box, reauthentication, sessions: sessionIssuer }),
    sessions: new SessionsService(db),
    sessionIssuer,
    invitations: new InvitationsService({ db, notifications, publicUrl }),
    firstAdmin: new FirstAdminService({ db, publicUrl }),
    account: new AccountService(db, reauthentication),
    viewLink: (path, userId) => issueViewToken(keys, path, userId, viewIssuer(issuer, audience)),
  };
}
