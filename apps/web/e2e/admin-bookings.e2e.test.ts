// The box office's evening in Chromium: the admin signs in with 2FA, takes a phone booking for
// tonight's performance, finds it in the list, opens it, moves the party on tonight's floor plan
// by dragging it onto another table, and prints the arrivals list. axe checks every page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Room } from '@ladiva/contract/backoffice-room';
import type { PerformanceAvailability } from '@ladiva/contract/booking';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enrolTotp, nextTotpCode, seriousViolations, signInAsStaff } from './auth-helpers.ts';
import { DESKTOP, PHONE, TABLET } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-admin-bookings-', ADMIN_ENV);

async function noSeriousViolations(page: Page, where: string) {
  expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
}

/** The admin's API token (a second sign-in, with the next TOTP code). */
async function apiToken(secret: string, used: number): Promise<string> {
  const base = world.server.url;
  const post = async (path: string, body: object) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, string>;
  };
  const challenge = await post('/api/auth/sign-in', {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
  });
  const code = await nextTotpCode(secret, used);
  return (await post('/api/auth/mfa', { mfaToken: challenge.mfaToken!, code })).accessToken!;
}

async function api<T>(token: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${world.server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

describe('staff bookings and tonight’s room', () => {
  it('takes a phone booking, finds it, moves the party on the plan, prints the arrivals', async () => {
    const { page, problems } = await world.open({ viewport: DESKTOP, locale: 'fr-FR' });
    await page.goto(`${world.server.url}/admin/bookings`);
    await signInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    const { secret, step } = await enrolTotp(page.getByRole('main'), null);
    await page.getByRole('heading', { level: 1, name: 'Réservations' }).waitFor();
    await noSeriousViolations(page, 'bookings list');

    // Tonight's performance (the demo season may have none today), made through the staff API.
    const token = await apiToken(secret, step);
    const [show] = await api<{ id: string; titleFr: string }[]>(token, '/api/shows');
    const performance = await api<{ id: string }>(token, '/api/admin/performances', {
      showId: show!.id,
      startsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    });

    // The phone booking, with the keyboard-first form.
    await page.getByRole('link', { name: 'Réservation téléphone' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réservation téléphone' }).waitFor();
    await page.getByLabel('Spectacle', { exact: true }).selectOption(show!.id);
    await page.getByLabel('Représentation', { exact: true }).selectOption(performance.id);
    await page.getByRole('spinbutton').first().fill('2');
    await page.getByLabel('Nom', { exact: true }).fill('Gaspard Lune');
    await page.getByLabel('E-mail', { exact: true }).fill('gaspard@example.com');
    await page.getByLabel('Téléphone', { exact: true }).fill('06 11 22 33 44');
    await page.getByLabel('Occasion (anniversaire…)').fill('Anniversaire');
    await noSeriousViolations(page, 'phone booking');
    await page.getByRole('button', { name: 'Créer la réservation' }).click();
    const done = page.getByText(/^Réservation [A-Z0-9]{8} confirmée : 2 pers\./);
    await done.waitFor();
    const reference = /Réservation ([A-Z0-9]{8})/.exec((await done.textContent()) ?? '')![1]!;

    // Found in the list by its reference, then opened.
    await page.getByRole('link', { name: 'Toutes les réservations' }).click();
    await page.getByLabel('Recherche').fill(reference);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('table', { name: 'Réservations (1)' }).waitFor();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Réservation ${reference}` }).waitFor();
    await page.getByText('Gaspard Lune').first().waitFor();
    await noSeriousViolations(page, 'booking detail');

    // Tonight's room: drag the party from its table onto a free one of its zone.
    await page.getByRole('link', { name: 'Voir sa table en salle' }).click();
    await page.getByRole('heading', { level: 1, name: /^En salle · / }).waitFor();
    await noSeriousViolations(page, 'room');
    const before = await api<Room>(token, `/api/admin/room/${performance.id}`);
    const party = before.parties.find((p) => p.reference === reference)!;
    const from = party.tables[0]!.tableId;
    const target = before.tables.find(
      (t) => party.zoneIds.includes(t.zoneId) && t.id !== from && t.seated === 0 && t.seats >= 2,
    )!;
    const source = await page.locator(`[data-table-id="${from}"]`).boundingBox();
    const destination = await page.locator(`[data-table-id="${target.id}"]`).boundingBox();
    await page.mouse.move(source!.x + source!.width / 2, source!.y + source!.height / 2);
    await page.mouse.down();
    await page.mouse.move(source!.x + source!.width / 2 + 20, source!.y + source!.height / 2, {
      steps: 4,
    });
    await page.mouse.move(
      destination!.x + destination!.width / 2,
      destination!.y + destination!.height / 2,
      { steps: 10 },
    );
    await page.mouse.up();
    await page.getByText(`Gaspard Lune est à la table ${target.label}.`).waitFor();
    const after = await api<Room>(token, `/api/admin/room/${performance.id}`);
    expect(after.parties.find((p) => p.reference === reference)!.tables).toEqual([
      { tableId: target.id, guests: 2 },
    ]);

    // The arrivals list, printed on its own (the print dialog is stubbed).
    await page.evaluate(() => {
      const log: (string | null)[] = [];
      (window as unknown as { printed: typeof log }).printed = log;
      window.print = () => {
        log.push(document.querySelector('[data-printing]')?.getAttribute('data-printing') ?? null);
      };
    });
    await page.getByRole('button', { name: 'Imprimer les arrivées' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(
      ['arrivals'],
    );
    const arrivals = page.getByRole('table', { name: /Arrivées de la représentation/ });
    await expect(
      arrivals.getByRole('row', { name: /Gaspard Lune/ }).textContent(),
    ).resolves.toContain(target.label);

    // Customers: the guest is there with their booking.
    await page
      .getByRole('navigation', { name: 'Espace équipe' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await noSeriousViolations(page, 'customers');
    await page.getByRole('link', { name: 'Gaspard Lune' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gaspard Lune' }).waitFor();
    await page.getByRole('link', { name: reference }).waitFor();
    await noSeriousViolations(page, 'customer profile');

    // On a phone: the manager lets tonight sell beyond the floor plan, on the performance's page.
    await page.setViewportSize(PHONE);
    await page.goto(`${world.server.url}/admin/performances/${performance.id}`);
    await page.getByRole('heading', { name: 'Plan de salle' }).waitFor();
    await page.getByRole('button', { name: 'Vendre au-delà du plan' }).click();
    await page.getByText('Vente au-delà du plan autorisée.').waitFor();
    await noSeriousViolations(page, 'performance, beyond the plan');
    // Parties of four by phone in the Carré Or until one finds no table (its 4-tops run out).
    const availability = await api<PerformanceAvailability>(
      token,
      `/api/performances/${performance.id}/availability`,
    );
    const carre = availability.zones.find((z) => z.code === 'carre-or')!;
    let room = await api<Room>(token, `/api/admin/room/${performance.id}`);
    for (let i = 0; i < 10 && !room.parties.some((p) => p.tables.length === 0); i++) {
      await api(token, '/api/admin/bookings/phone', {
        performanceId: performance.id,
        lines: [{ formulaId: carre.prices[0]!.formulaId, zoneId: carre.zoneId, guests: 4 }],
        contact: { name: `Groupe ${i + 1}`, phone: `01 40 00 00 ${10 + i}` },
      });
      room = await api<Room>(token, `/api/admin/room/${performance.id}`);
    }
    const waiting = room.parties.find((p) => p.tables.length === 0)!;
    expect(waiting.proposal).not.toBeNull();
    await page.goto(`${world.server.url}/admin/room?performance=${performance.id}`);
    await page.getByText(/^Vente au-delà du plan de salle/).waitFor();
    await page
      .getByText(/^Proposition : /)
      .first()
      .waitFor();
    await noSeriousViolations(page, 'room, beyond the plan');
    // The plan scrolls within its panel: the page itself never scrolls sideways on a phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: `Placer ${waiting.name} ici` }).click();
    await page.getByText(new RegExp(`^${waiting.name} est à la table`)).waitFor();
    const seated = await api<Room>(token, `/api/admin/room/${performance.id}`);
    expect(
      seated.parties
        .find((p) => p.bookingId === waiting.bookingId)!
        .tables.reduce((sum, t) => sum + t.guests, 0),
    ).toBe(4);

    // On a tablet held upright: the whole room still fits, no sideways scrolling, and the staff
    // header keeps to one line (it wrapped « La Diva · Espace équipe » beside a long address).
    await page.setViewportSize(TABLET);
    await page.getByText(new RegExp(`^${waiting.name} est à la table`)).waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const brand = (await page.getByRole('banner').getByRole('link').first().boundingBox())!;
    expect(brand.height).toBeLessThan(30);
    await noSeriousViolations(page, 'room, tablet');

    // A party walks in without a booking: a free table tapped on the plan, then one button.
    await page
      .getByRole('group', { name: /Plan de la soirée/ })
      .getByRole('button', { name: /0 sur 4 places/ })
      .first()
      .click();
    const walkIn = page.getByRole('form', { name: 'Installer des clients sans réservation' });
    await walkIn.waitFor();
    await noSeriousViolations(page, 'room, walk-in');
    await walkIn.getByRole('button', { name: /^Installer 2 à la table / }).click();
    await page.getByText(/^2 personne\(s\) sans réservation installée\(s\) à la table /).waitFor();
    const withWalkIn = await api<Room>(token, `/api/admin/room/${performance.id}`);
    expect(withWalkIn.parties.filter((p) => p.walkIn)).toEqual([
      expect.objectContaining({ status: 'checked_in', partySize: 2 }),
    ]);

    // The booking on a phone: its email and number are links as large as a fingertip (WCAG 2.5.8
    // asks 24 × 24 CSS px; 44 high here), which axe's target-size rule checks too.
    await page.setViewportSize(PHONE);
    await page.goto(`${world.server.url}/admin/bookings/${party.bookingId}`);
    await page.getByRole('heading', { level: 1, name: `Réservation ${reference}` }).waitFor();
    for (const [name, href] of [
      ['gaspard@example.com', 'mailto:gaspard@example.com'],
      ['06 11 22 33 44', 'tel:0611223344'],
    ]) {
      const link = page.getByRole('link', { name, exact: true });
      expect(await link.getAttribute('href')).toBe(href);
      const box = (await link.boundingBox())!;
      expect({ name, tall: box.height >= 44, wide: box.width >= 44 }).toEqual({
        name,
        tall: true,
        wide: true,
      });
    }
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const targets = await new AxeBuilder({ page })
      .include('main')
      .withRules(['target-size'])
      .analyze();
    expect(targets.violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')))).toEqual(
      [],
    );
    await noSeriousViolations(page, 'booking detail, phone');
    expect(problems).toEqual([]);
  });
});

/** How far the page itself scrolls sideways (0: not at all). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
