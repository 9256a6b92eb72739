// Staff, with no SMTP configured: send a test email from the staff app and read it in the local
// mailbox, rendered in its sandboxed frame with the email's own styles. The admin comes from
// ADMIN_EMAIL/ADMIN_PASSWORD and sets up 2FA on the way in, as the staff area requires.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../test/spawn-server.ts';
import { enrolTotp, signIn } from './auth-helpers.ts';
import { DESKTOP, launchChromium, watchForErrors } from './browser.ts';

const ADMIN_EMAIL = 'direction@ladiva.example';
const ADMIN_PASSWORD = 'Rideau-de-velours-1925!';

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-e2e-admin-'));
  [server, browser] = await Promise.all([
    startServer({ DATA_DIR: dataDir, ADMIN_EMAIL, ADMIN_PASSWORD }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
});

describe('staff messages', () => {
  it('sends a test email and reads it in the local mailbox', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    const problems = watchForErrors(page);
    await page.goto(`${server.url}/admin/messages/mailbox`);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await enrolTotp(page.getByRole('main'), ADMIN_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Boîte locale' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByLabel('Recipient').fill('camille@example.com');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('The test email has arrived.').waitFor({ timeout: 20_000 });
    await page
      .getByRole('button', { name: 'Open it' })
      .or(page.getByRole('link', { name: 'Open it' }))
      .click();

    const frameElement = page.locator('iframe[sandbox=""]');
    await frameElement.waitFor();
    // A short-lived signed URL from the API (the frame cannot send the access token).
    expect(await frameElement.getAttribute('src')).toMatch(
      /^\/api\/mailbox\/[0-9a-f-]{36}\/html\?view=/,
    );
    const frame = page.frameLocator('iframe[sandbox=""]');
    await frame.getByText('La Diva Cabaret').first().waitFor();
    // The email's inline styles apply inside the frame (its own CSP allows them).
    const background = await frame
      .locator('body')
      .evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
    await context.close();
  });
});
