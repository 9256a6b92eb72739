// Helpers of the identity journeys: the local mailbox (the server writes every email it would send
// to DATA_DIR/mailbox as an .eml file when no SMTP is configured), TOTP codes as an authenticator
// app computes them, and axe.
import { AxeBuilder } from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Locator, Page } from 'playwright-core';

/** Quoted-printable bodies fold long lines (`=` at the end) and escape `=` as `=3D`. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Waits for an email to `to` holding a link to `pathname` (e.g. /verify-email) and returns the
 * link's token (from its `#token=` fragment).
 */
export async function linkTokenFromMailbox(
  dataDir: string,
  to: string,
  pathname: string,
  timeoutMs = 20_000,
): Promise<string> {
  const dir = path.join(dataDir, 'mailbox');
  const pattern = new RegExp(`${pathname}#token=([A-Za-z0-9_-]{43})`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.eml'))) {
      const text = decodeQuotedPrintable(await readFile(path.join(dir, name), 'utf8'));
      if (!text.toLowerCase().includes(to.toLowerCase())) continue;
      const match = pattern.exec(text);
      if (match?.[1]) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email to ${to} with a ${pathname} link within ${timeoutMs} ms`);
}

const PERIOD = 30;
const step = () => Math.floor(Date.now() / 1000 / PERIOD);

/** The authenticator side of TOTP: the code of the current 30-second step, and that step. */
export function totpCode(secret: string): { code: string; step: number } {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')),
    digits: 6,
    period: PERIOD,
    algorithm: 'SHA1',
  });
  return { code: totp.generate(), step: step() };
}

/** A code is accepted once: wait for the step after `used` before computing the next one. */
export async function nextTotpCode(secret: string, used: number): Promise<string> {
  while (step() <= used) await new Promise((resolve) => setTimeout(resolve, 250));
  return totpCode(secret).code;
}

/**
 * Serious and critical axe violations of the page as it is, named by rule and element. `exclude`
 * leaves out parts that are not the app's page, such as an email in its sandboxed preview frame
 * (axe's walk into that script-less frame also brings this Chromium down).
 */
export async function seriousViolations(
  page: Page,
  { exclude = [] }: { exclude?: string[] } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Sets up the authenticator from the enrolment form inside `scope`, as a person with an
 * authenticator app would; returns the secret and the 30-second step of the code used. `password`
 * null: right after signing in at the staff door, where the set-up must not ask for it again
 * (ADR 0029). With `violations`, axe checks the QR-code and recovery-code steps.
 */
export async function enrolTotp(
  scope: Locator,
  password: string | null,
  violations?: { page: Page; found: string[] },
): Promise<{ secret: string; step: number }> {
  if (password !== null) {
    await scope.getByLabel('Mot de passe actuel').fill(password);
    await scope.getByRole('button', { name: 'Continuer' }).click();
  }
  const secretCode = scope.getByTestId('totp-secret');
  await secretCode.waitFor();
  if (password === null && (await scope.getByLabel('Mot de passe actuel').count()) > 0) {
    throw new Error('the set-up asked for the password again right after signing in');
  }
  const secret = (await secretCode.textContent()) ?? '';
  if (!/^[A-Z2-7]{16,}$/.test(secret.replace(/\s+/g, ''))) {
    throw new Error(`not a base32 secret: ${secret}`);
  }
  if (violations) violations.found.push(...(await seriousViolations(violations.page)));
  const { code, step } = totpCode(secret);
  await scope.getByLabel('Code affiché par l’application').fill(code);
  await scope.getByRole('button', { name: 'Activer' }).click();
  const codes = scope.getByRole('list', { name: 'Vos codes de secours' }).getByRole('listitem');
  await codes.nth(9).waitFor();
  if (violations) violations.found.push(...(await seriousViolations(violations.page)));
  await scope.getByRole('checkbox', { name: 'J’ai mis ces codes en lieu sûr.' }).check();
  await scope.getByRole('button', { name: 'Terminer' }).click();
  return { secret, step };
}

async function fillSignIn(page: Page, heading: string, email: string, password: string) {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in on the guest's sign-in page (in French). */
export const signIn = (page: Page, email: string, password: string) =>
  fillSignIn(page, 'Connexion', email, password);

/** Signs in at the staff area's own door, which /admin shows a signed-out visitor (in French). */
export const signInAsStaff = (page: Page, email: string, password: string) =>
  fillSignIn(page, 'Connexion à l’espace équipe', email, password);
