// Staff, with no SMTP configured: send a test email from the staff app and read it in the local
// mailbox, rendered in its sandboxed frame with the email's own styles. The admin comes from
// ADMIN_EMAIL/ADMIN_PASSWORD and sets up 2FA on the way in, as the staff area requires.
import { describe, expect, it } from 'vitest';
import { enrolTotp, signIn } from './auth-helpers.ts';
import { DESKTOP } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-admin-', ADMIN_ENV);

describe('staff messages', () => {
  it('sends a test email and reads it in the local mailbox', async () => {
    const { page, problems } = await world.open({ viewport: DESKTOP, locale: 'en-GB' });
    await page.goto(`${world.server.url}/admin/messages/mailbox`);
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
  });
});
