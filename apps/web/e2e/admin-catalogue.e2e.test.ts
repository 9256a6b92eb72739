// The venue's programme from the staff app: an admin signs in with 2FA, creates a show with a
// poster (a PNG made here, uploaded and re-encoded into WebP renditions), creates a season of
// that show and finds its performances in the list, then moves a table of the floor plan with the
// keyboard and saves. axe checks every page on the way.
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enrolTotp, seriousViolations, signInAsStaff } from './auth-helpers.ts';
import { DESKTOP } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-catalogue-', ADMIN_ENV);

async function noSeriousViolations(page: Page, where: string) {
  expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
}

/** A 1200 × 1600 poster-like PNG: a gradient and a gold frame. */
function posterPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3b0a2a"/><stop offset="1" stop-color="#0d0a12"/></linearGradient></defs>
    <rect width="1200" height="1600" fill="url(#g)"/>
    <rect x="60" y="60" width="1080" height="1480" fill="none" stroke="#d4af37" stroke-width="12"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** YYYY-MM-DD, `days` from now. */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('staff programme', () => {
  it('creates a show with a poster and a season, then moves a table on the floor plan', async () => {
    const { page, problems } = await world.open({ viewport: DESKTOP, locale: 'fr-FR' });
    await page.goto(`${world.server.url}/admin/catalogue`);
    await signInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await enrolTotp(page.getByRole('main'), null);
    await page.getByRole('heading', { level: 1, name: 'Spectacles et formules' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await noSeriousViolations(page, 'shows');

    // A new show, its poster dropped in through the file picker.
    await page.getByRole('link', { name: 'Nouveau spectacle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau spectacle' }).waitFor();
    await page.getByLabel('Titre (FR)').fill('Cabaret des Étoiles');
    await page.getByLabel('Titre (EN)').fill('Cabaret of Stars');
    await page.getByLabel('Description (FR)').fill('Une revue étincelante.');
    await page.getByLabel('Description (EN)').fill('A sparkling revue.');
    expect(await page.getByLabel('Identifiant dans l’adresse').inputValue()).toBe(
      'cabaret-des-etoiles',
    );
    await page.getByLabel('Durée (minutes)').fill('110');
    await noSeriousViolations(page, 'new show');
    await page.getByLabel('Choisir une image').setInputFiles({
      name: 'affiche.png',
      mimeType: 'image/png',
      buffer: await posterPng(),
    });
    await page.getByText('Image prête : 1200 × 1600 px.', { exact: false }).waitFor();
    const preview = page.getByRole('img', { name: 'Affiche de « Cabaret des Étoiles »' });
    expect(await preview.getAttribute('srcset')).toMatch(
      /^\/api\/storage\/posters\/[0-9a-f-]{36}-480\.webp 480w, \/api\/storage\/posters\/[0-9a-f-]{36}-960\.webp 960w, \/api\/storage\/posters\/[0-9a-f-]{36}-1200\.webp 1200w$/,
    );
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Spectacle créé.').waitFor();
    await page
      .getByRole('heading', { level: 1, name: 'Modifier « Cabaret des Étoiles »' })
      .waitFor();
    await noSeriousViolations(page, 'show editor');

    // Formulas and their prices (read here, changed by the unit tests and the API's tests).
    await page.getByRole('link', { name: 'Formules et prix' }).click();
    await page.getByRole('table', { name: 'Prix des formules par zone, en euros' }).waitFor();
    await noSeriousViolations(page, 'formulas');

    // A season: two weeks, every evening at 20:00 and Sunday matinees at 15:00 too.
    await page.goto(`${world.server.url}/admin/performances/season`);
    await page.getByRole('heading', { level: 1, name: 'Créer une saison' }).waitFor();
    await page.getByLabel('Spectacle').selectOption({ label: 'Cabaret des Étoiles' });
    const from = inDays(300);
    const to = inDays(313);
    await page.getByLabel('Première date').fill(from);
    await page.getByLabel('Dernière date').fill(to);
    for (const day of ['Lundi', 'Mardi', 'Dimanche']) {
      await page.getByRole('checkbox', { name: day }).check();
    }
    await page
      .getByTestId('season-count')
      .getByText('14 représentation(s) seront créées')
      .waitFor();
    await noSeriousViolations(page, 'season');
    await page.getByRole('button', { name: 'Créer 14 représentation(s)' }).click();
    await page.getByText('14 représentation(s) créée(s), 0 déjà existante(s).').waitFor();
    await page.getByRole('link', { name: 'Voir ces représentations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Représentations' }).waitFor();
    const rows = page
      .getByRole('table', { name: 'Représentations, avec places par zone' })
      .locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(14);
    expect(await rows.first().textContent()).toContain('Cabaret des Étoiles');
    await noSeriousViolations(page, 'performances');

    // One performance: its places per zone.
    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Places par zone' }).waitFor();
    await noSeriousViolations(page, 'performance');

    // Tables and zones (the layout editor): select a table, move it with the keyboard, save.
    await page.goto(`${world.server.url}/admin/layout`);
    await page.getByRole('heading', { level: 1, name: 'Tables et zones' }).waitFor();
    const table = page.getByRole('button', { name: 'Table C2, 4 places, Carré Or' });
    await table.focus();
    await page.keyboard.press('Enter');
    const before = Number(await page.getByLabel('Position X').inputValue());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(Number(await page.getByLabel('Position X').inputValue())).toBe(before + 20);
    await page.getByText('1 modification(s) non enregistrée(s)').waitFor();
    await noSeriousViolations(page, 'layout');
    await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await page.getByText('Plan enregistré.').waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Table C2, 4 places, Carré Or' }).click();
    expect(Number(await page.getByLabel('Position X').inputValue())).toBe(before + 20);

    // The zones beside the plan.
    await page.goto(`${world.server.url}/admin/layout/zones`);
    await page.getByRole('form', { name: 'Ajouter une zone' }).waitFor();
    await noSeriousViolations(page, 'zones');

    // The venue's details (admins only): the guest site reads them at once.
    await page.goto(`${world.server.url}/admin/catalogue/venue`);
    await page.getByRole('heading', { level: 1, name: 'Le lieu' }).waitFor();
    await page.getByLabel('Téléphone').fill('+33 1 42 00 00 00');
    await noSeriousViolations(page, 'venue');
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/venue') && response.request().method() === 'PATCH',
      ),
      page.getByRole('button', { name: 'Enregistrer' }).click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(200);
    await page.getByText('Enregistré.').waitFor();
    const venue = (await (await fetch(`${world.server.url}/api/venue`)).json()) as {
      phone: string;
    };
    expect(venue.phone).toBe('+33 1 42 00 00 00');
    expect(problems).toEqual([]);
  });
});
