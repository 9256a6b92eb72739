// The guest's booking, in French on a phone, in a real Chromium against the real server (fresh
// data folder, demo catalogue): home → show → date → party and formula → area → extra → details
// → review → confirmation with the QR → PDF ticket; then, through the emailed manage link, a
// change of party and a cancellation. axe checks every page of the journey on the way.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import jsQRModule from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkTokenFromMailbox, seriousViolations } from './auth-helpers.ts';
import { PHONE } from './browser.ts';
import { e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-booking-e2e-');
const EMAIL = 'camille.booking@example.com';

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
}

async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByText(step).waitFor({ state: 'attached' });
}

describe('booking journey', () => {
  it('books an evening, downloads the ticket, then changes and cancels it', async () => {
    const { page, problems } = await world.open({
      viewport: PHONE,
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    await page.goto(world.server.url);
    const firstShow = page.locator('#revues').getByRole('link').first();
    await firstShow.waitFor();
    await expectAccessible(page, 'home');

    await firstShow.click();
    await page.getByRole('grid').waitFor();
    await expectAccessible(page, 'show');

    await page.getByRole('link', { name: 'Réserver' }).first().click();
    await page.getByText('Étape 1 sur 5 : Convives').waitFor({ state: 'attached' });
    expect(await page.locator('output').first().textContent()).toBe('2');
    await page.getByRole('radio', { name: 'Dîner-spectacle', exact: true }).check();
    await expectAccessible(page, 'party');
    await next(page, 'Étape 2 sur 5 : Zone');

    await page.getByRole('radio', { name: 'Carré Or', exact: true }).check();
    await expectAccessible(page, 'zone');
    await next(page, 'Étape 3 sur 5 : Extras');

    await page.getByRole('button', { name: 'Ajouter : Bouteille de champagne' }).click();
    await expectAccessible(page, 'extras');
    await next(page, 'Étape 4 sur 5 : Coordonnées');

    expect(await page.getByRole('timer').textContent()).toMatch(/Places bloquées pendant \d+:\d\d/);
    // A reload keeps the step, the choice and the places held (no second hold).
    await page.reload();
    await page.getByText('Étape 4 sur 5 : Coordonnées').waitFor({ state: 'attached' });
    expect(await page.getByRole('timer').textContent()).toMatch(/Places bloquées pendant \d+:\d\d/);
    await page.getByLabel('Nom et prénom').fill('Camille Martin');
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page
      .getByRole('group', { name: 'Convive 1' })
      .getByLabel('Plat')
      .selectOption({ label: 'Dos de bar, beurre blanc' });
    await page
      .getByRole('group', { name: 'Convive 2' })
      .getByLabel(/Allergies/)
      .fill('Sans gluten');
    await expectAccessible(page, 'details');
    await next(page, 'Étape 5 sur 5 : Récapitulatif');

    await page.getByText('2 × Dîner-spectacle · Carré Or').waitFor();
    // The terms before commitment, and each guest's menu and allergies.
    const terms = (await page.getByRole('region', { name: 'Conditions' }).textContent()) ?? '';
    expect(terms).toContain('Rien n’est payé en ligne');
    expect(terms).toMatch(/annulation en ligne .*jusqu’au/);
    await page.getByText('Dos de bar, beurre blanc').waitFor();
    await page.getByText('Allergies ou régime : Sans gluten').waitFor();
    await expectAccessible(page, 'review');
    await page.getByRole('button', { name: 'Confirmer la réservation' }).click();

    await page.getByRole('heading', { level: 1, name: 'C’est réservé !' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code du billet/ });
    await qr.waitFor();
    // The code the phone drew is the venue's signed ticket: decoded, then verified with its keys.
    const ticket = await verifiedTicket(world.server.url, await drawnQr(qr));
    expect(ticket.g).toBe(2);
    await page.getByText(String(ticket.ref), { exact: true }).first().waitFor();
    await expectAccessible(page, 'confirmation');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Billet PDF' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Later, in another browser: the manage link from the confirmation email.
    await world.closeContext();
    const token = await linkTokenFromMailbox(world.dataDir, EMAIL, '/my-booking');
    const later = await world.open({ viewport: PHONE, locale: 'fr-FR' });
    await later.page.goto(`${world.server.url}/my-booking#token=${token}`);
    await later.page.getByRole('heading', { level: 1, name: 'Votre réservation' }).waitFor();
    expect(later.page.url()).toMatch(/\/bookings\/[0-9a-f-]{36}$/); // the token left the address
    await expectAccessible(later.page, 'my booking');

    await later.page.getByRole('button', { name: 'Un convive de plus' }).click();
    // The added guest is asked their menu; the new price shows before saving.
    await later.page.getByText('Nouveau convive : quel menu, quelles allergies ?').waitFor();
    await later.page
      .getByText(/^Nouveau total : .+ \(au lieu de .+\), réglé sur place\.$/)
      .waitFor();
    await later.page
      .getByRole('group', { name: 'Convive 3' })
      .getByLabel(/Allergies/)
      .fill('Végétarien');
    await expectAccessible(later.page, 'change');
    await later.page.getByRole('button', { name: 'Enregistrer' }).click();
    await later.page.getByText('Votre réservation est modifiée.').waitFor();
    await later.page.getByText('3 × Dîner-spectacle · Carré Or').waitFor();

    await later.page.getByRole('button', { name: 'Annuler la réservation' }).click();
    const dialog = later.page.getByRole('dialog', { name: 'Annuler cette réservation ?' });
    await dialog.waitFor();
    await expectAccessible(later.page, 'cancel dialog');
    await dialog.getByRole('button', { name: 'Oui, annuler' }).click();
    await later.page.getByText('Votre réservation est annulée.').waitFor();
    await later.page.getByText('Annulée', { exact: true }).waitFor();
    // Nothing is owed; booking again is one tap away.
    await later.page.getByText('Rien à régler : cette réservation est annulée.').waitFor();
    await later.page.getByRole('link', { name: 'Réserver à nouveau' }).waitFor();

    await later.page.goto(`${world.server.url}/my-booking`);
    await later.page.getByRole('button', { name: 'Recevoir le lien' }).waitFor();
    await expectAccessible(later.page, 'find my booking');
    expect([...problems, ...later.problems]).toEqual([]);
  });

  it('books in English in a French browser: the confirmation email is in English', async () => {
    const email = 'alex.english@example.com';
    const { page, problems } = await world.open({ viewport: PHONE, locale: 'fr-FR' });
    await page.goto(world.server.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#revues').getByRole('link').first().click();
    await page.getByRole('grid').waitFor();
    await page.getByRole('link', { name: 'Book' }).first().click();
    await page.getByText('Step 1 of 5').waitFor({ state: 'attached' });
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Step 2 of 5').waitFor({ state: 'attached' });
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Step 3 of 5').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Step 4 of 5').waitFor({ state: 'attached' });
    await page.getByLabel('Full name').fill('Alex Smith');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Step 5 of 5').waitFor({ state: 'attached' });
    await page.getByRole('region', { name: 'Terms' }).waitFor();
    await page.getByRole('button', { name: 'Confirm the booking' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const message = await emailTo(world.dataDir, email);
    expect(message).toContain('Dear Alex Smith,');
    expect(message).toContain('Nothing is paid online');
    expect(message).not.toContain('Bonjour');
    expect(problems).toEqual([]);
  });
});

/** The first email the server wrote to `to` in its local mailbox (DATA_DIR/mailbox), as text. */
async function emailTo(dataDir: string, to: string): Promise<string> {
  const dir = path.join(dataDir, 'mailbox');
  for (let i = 0; i < 100; i++) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const text = await readFile(path.join(dir, name), 'utf8');
      if (text.includes(`To: ${to}`)) return text.replace(/=\r?\n/g, '');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email to ${to}`);
}

/** Reads the QR code the page drew (an SVG), as a camera would: rasterised, then decoded. */
async function drawnQr(qr: Locator): Promise<string> {
  const size = 672;
  const rgba = await qr.evaluate(async (svg, px) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, px, px);
    context.drawImage(image, 0, 0, px, px);
    return Array.from(context.getImageData(0, 0, px, px).data);
  }, size);
  // jsqr is CommonJS with `export default`: under Node's ESM the function is the default's default.
  type Decode = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
  const loaded = jsQRModule as unknown as Decode | { default: Decode };
  const jsQR = typeof loaded === 'function' ? loaded : loaded.default;
  const code = jsQR(Uint8ClampedArray.from(rgba), size, size);
  if (!code) throw new Error('the QR code on the page does not decode');
  return code.data;
}

/** The ticket's claims, once its signature checks out against the venue's published keys. */
async function verifiedTicket(base: string, token: string) {
  const jwks = (await (await fetch(`${base}/api/auth/jwks`)).json()) as JSONWebKeySet;
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { typ: 'ticket+jwt' });
  return payload;
}
