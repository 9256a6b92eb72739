// Staff figures (#6 items 1, 7, 9): an admin signs in with 2FA, finds on the dashboard a party
// booked through the public API, opens that performance's kitchen sheet, prints it and exports
// its CSV, then reads the sales report and exports it. axe on every page on the way.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enrolTotp, seriousViolations, signInAsStaff } from './auth-helpers.ts';
import { DESKTOP } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-reports-', ADMIN_ENV);

interface Json {
  [key: string]: unknown;
}

async function api<T = Json>(
  path: string,
  init?: { body: unknown; headers?: Record<string, string> },
) {
  const response = await fetch(`${world.server.url}${path}`, {
    method: init ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...init?.headers },
    body: init ? JSON.stringify(init.body) : undefined,
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** A party of three at dinner, with menus, dietary notes and a birthday, paying at the venue. */
async function bookDinner(): Promise<{ performanceId: string }> {
  type Performance = { id: string; showId: string; salesOpen: boolean };
  type Show = {
    formulas: { id: string; code: string }[];
    zones: { id: string; code: string }[];
  };
  const performances = await api<Performance[]>('/api/performances');
  const performance = performances.find((candidate) => candidate.salesOpen)!;
  const show = await api<Show>(`/api/shows/${performance.showId}`);
  const formula = show.formulas.find((candidate) => candidate.code === 'diner-spectacle')!;
  const zone = show.zones.find((candidate) => candidate.code === 'premium')!;
  const hold = await api<{ bookingId: string; bookingToken: string }>('/api/bookings/holds', {
    body: {
      performanceId: performance.id,
      lines: [{ formulaId: formula.id, zoneId: zone.id, guests: 3 }],
    },
  });
  await api(`/api/bookings/${hold.bookingId}/confirm`, {
    headers: { 'x-booking-token': hold.bookingToken },
    body: {
      contact: { name: 'Camille Martin', email: 'camille@example.com' },
      guests: [
        { menuChoice: 'foie-gras / boeuf / opera', dietaryNotes: 'Sans gluten' },
        { menuChoice: 'veloute / risotto / fruits', dietaryNotes: 'Végétarien' },
        { menuChoice: 'foie-gras / bar / opera' },
      ],
      occasion: 'Anniversaire',
      payment: 'at_venue',
    },
  });
  return { performanceId: performance.id };
}

/** Clicks `name` and returns the saved file's text (the page fetches it with the access token). */
async function downloaded(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

describe('staff figures', () => {
  it('dashboard, kitchen sheet (print, CSV) and sales report with a real booking', async () => {
    const { performanceId } = await bookDinner();
    const { page, problems } = await world.open({ viewport: DESKTOP, locale: 'fr-FR' });
    const violations: string[] = [];

    await page.goto(`${world.server.url}/admin/dashboard`);
    await signInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await enrolTotp(page.getByRole('main'), null);
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    // It opens on tonight: tonight's performance, or (the demo plays Thursday to Sunday) the next.
    const period = page.getByRole('group', { name: 'Période' });
    expect(await period.getByRole('button', { name: 'Ce soir' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.locator('article').first().waitFor();
    expect(await page.locator('article').count()).toBeGreaterThanOrEqual(1);
    violations.push(...(await seriousViolations(page)));
    // The week, where the party booked above is whatever the day.
    await period.getByRole('button', { name: '7 jours' }).click();

    // The booked performance: three dinner covers, their arrival slot, revenue for the admin.
    const card = page.locator('article', {
      has: page.locator(`a[href="/admin/room?performance=${performanceId}"]`),
    });
    const covers = card.getByRole('region', { name: 'Couverts par formule' });
    await covers.getByText('Dîner-spectacle').waitFor();
    expect(await covers.locator('dd').first().textContent()).toBe('3');
    expect(await card.getByRole('region', { name: 'Arrivées prévues' }).textContent()).toContain(
      '3 pers.',
    );
    expect(await card.textContent()).toMatch(/Chiffre d’affaires\s*555,00\s€/);
    await page.getByRole('table', { name: 'Par canal' }).waitFor();
    violations.push(...(await seriousViolations(page)));

    // Its kitchen sheet, from the card's link.
    await card.getByRole('link', { name: 'Cuisine' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fiche cuisine' }).waitFor();
    const parties = page.getByRole('table', { name: /Régimes et remarques par table/ });
    await parties.getByText('Sans gluten').waitFor();
    expect(await parties.textContent()).toContain('Anniversaire');
    expect(await page.getByRole('table', { name: 'Plats' }).textContent()).toContain(
      'Filet de bœuf, sauce au poivre1',
    );
    violations.push(...(await seriousViolations(page)));

    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const kitchenCsv = await downloaded(page, 'Exporter en CSV');
    // In the spreadsheet format of the app's language: French headers, semicolons.
    expect(
      kitchenCsv.startsWith(
        '\uFEFFRubrique;Date et heure;Spectacle;Formule;Plat;Article;Quantité;Tables;Groupe;Notes\r\n',
      ),
    ).toBe(true);
    expect(kitchenCsv).toContain('Sans gluten');
    // The staff app says the file came (its name), in its polite toast.
    await page
      .getByRole('status')
      .filter({ hasText: /^Export téléchargé : .+\.csv$/ })
      .waitFor();

    // Sales by the date of sale: today's booking is in this month whatever the date.
    await page
      .getByRole('navigation', { name: 'Espace équipe' })
      .getByRole('link', { name: 'Rapports' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
    await page.getByLabel('Date retenue').selectOption('sale');
    const sales = page.getByRole('table', { name: /^Ventes par représentation/ });
    // Totals of the period: 1 booking, 3 guests, 555 € of seats, no extras.
    await expect
      .poll(() => sales.locator('tfoot').textContent())
      .toMatch(/^Total de la période13555,00\s€0,00\s€555,00\s€$/);
    violations.push(...(await seriousViolations(page)));
    const salesCsv = await downloaded(page, 'Exporter en CSV');
    expect(
      salesCsv.startsWith(
        '\uFEFFPériode;Libellé;Réservations;Convives;Billets (€);Extras (€);Chiffre d’affaires (€)\r\n',
      ),
    ).toBe(true);
    // Decimal commas: a French spreadsheet sums them.
    expect(salesCsv).toContain(';1;3;555,00;0,00;555,00');

    await page.getByRole('link', { name: 'Remplissage' }).click();
    await page.getByRole('table', { name: /^Remplissage par représentation/ }).waitFor();
    violations.push(...(await seriousViolations(page)));

    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
