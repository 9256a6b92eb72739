// Staff, with no SMTP configured: send a test email from the staff app and read it in the local
// mailbox, rendered in its sandboxed frame with the email's own styles; a guest's verification
// email shows its link masked (only its recipient may use it). The admin comes from
// ADMIN_EMAIL/ADMIN_PASSWORD and sets up 2FA on the way in, as the staff area requires.
import { describe, expect, it } from 'vitest';
import {
  enrolTotp,
  linkTokenFromMailbox,
  seriousViolations,
  signInAsStaff,
} from './auth-helpers.ts';
import { DESKTOP } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-admin-', ADMIN_ENV);

describe('staff messages', () => {
  it('sends a test email and reads it in the local mailbox', async () => {
    const { page, problems } = await world.open({ viewport: DESKTOP, locale: 'en-GB' });
    await page.goto(`${world.server.url}/admin/messages/mailbox`);
    await signInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await enrolTotp(page.getByRole('main'), null);
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

    // A guest signs up: their verification link is theirs alone, masked for the admin.
    const guest = 'lea.martin@example.com';
    const signUp = await fetch(`${world.server.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: guest,
        password: 'Un soir au cabaret 1925',
        acceptTerms: true,
      }),
    });
    expect(signUp.status).toBe(202);
    const token = await linkTokenFromMailbox(world.dataDir, guest, '/verify-email');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByRole('link', { name: new RegExp(guest) }).click();
    const note = page.getByRole('note', { name: 'Personal links hidden' });
    await note.waitFor();
    expect(await note.textContent()).toContain('only the person it was sent to may use it');
    await frame.getByText('#token=••••••••').first().waitFor();
    expect(await frame.locator('body').innerHTML()).not.toContain(token);
    await page.getByRole('tab', { name: 'Plain text' }).click();
    const text = (await page.getByRole('tabpanel').textContent()) ?? '';
    expect(text).toContain('/verify-email#token=••••••••');
    expect(text).not.toContain(token);
    expect(await seriousViolations(page, { exclude: ['iframe[sandbox=""]'] })).toEqual([]);
    expect(problems).toEqual([]);
  });
});
