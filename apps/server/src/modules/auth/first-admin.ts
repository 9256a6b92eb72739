// At start: the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, or, while there is no admin, a
// one-time setup link in the log (the only secret ever printed, and only until it is used).
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Identity } from './identity.ts';

export async function announceFirstAdmin(
  identity: Identity,
  config: Pick<Config, 'auth'>,
  logger: Logger,
): Promise<void> {
  const outcome = await identity.firstAdmin.ensure({
    email: config.auth.adminEmail,
    password: config.auth.adminPassword,
  });
  if ('setupUrl' in outcome) {
    // Printed on stdout as well as logged: this is what the person starting the server reads.
    logger.warn('no admin account yet: open the one-time setup link below to create one');
    process.stdout.write(`\n  Create the first admin account: ${outcome.setupUrl}\n\n`);
  } else if (outcome.created === 'admin') {
    logger.info('the admin account from ADMIN_EMAIL was created; it enrols 2FA at first sign-in');
  }
}
