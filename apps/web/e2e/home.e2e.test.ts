// The guest's first visit, in a real Chromium against the real server (embedded PostgreSQL, fresh
// data folder): French by default, English on request, and still there with no network.
import { AxeBuilder } from '@axe-core/playwright';
import { USUAL_EVENING } from '@ladiva/contract/venue';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './browser.ts';
import { e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-');

async function openHome(viewport = PHONE): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await world.open({
    viewport,
    locale: 'fr-FR',
    serviceWorkers: 'allow',
  });
  await page.goto(world.server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, problems };
}

describe('home page', () => {
  it('is in French by default, and switches to English', async () => {
    const { page, problems } = await openHome();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('La Diva');
    expect(await page.title()).not.toBe('');
    const frenchTitle = await page.title();

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.title()).not.toBe(frenchTitle);

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en'); // the choice is remembered
    expect(problems).toEqual([]);
  });

  it('shows the venue details from the API', async () => {
    const { page } = await openHome(DESKTOP);
    await page.getByText('12 rue des Martyrs', { exact: false }).first().waitFor();
  });

  it('tells the same evening on the home page, the show page and in the booking flow', async () => {
    const { page, problems } = await openHome(PHONE);
    // The home page's words come from the demo's performances and formulas (ADR 0028).
    const evenings = page.getByRole('article').filter({ hasText: 'Nos soirées' });
    const days = evenings.getByRole('term').filter({ hasText: 'Du jeudi au samedi' });
    await days.waitFor();
    const clock = /\d\d:\d\d/;
    const [dinner, curtain] = (await days.locator('~ dd').allTextContents()).map(
      (line) => clock.exec(line)?.[0],
    );
    expect(curtain).toBe(USUAL_EVENING.curtainTime);

    await page.getByRole('link', { name: 'Plumes & Paillettes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plumes & Paillettes' }).waitFor();
    const row = page
      .getByRole('listitem')
      .filter({ hasText: /Lever de rideau \d\d:\d\d/ })
      .first();
    expect(await row.textContent()).toContain(`Lever de rideau ${curtain} · portes ${dinner}`);

    await row.getByRole('link', { name: 'Réserver' }).click();
    const dinnerShow = page.locator('label').filter({ hasText: 'Dîner-spectacle' });
    expect(await dinnerShow.textContent()).toContain(`Arrivée conseillée à ${dinner}`);
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility violations, on a phone and on a desktop', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await openHome(viewport);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await world.closeContext();
    }
  });

  it('keeps working offline through the service worker', async () => {
    const { page, problems } = await openHome();
    const state = await page.evaluate(async () => {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no service worker became ready in 15 s')), 15_000),
      );
      const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
      const worker = registration.active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        );
      }
      return worker.state;
    });
    expect(state).toBe('activated');
    await page.reload(); // the page is now controlled by the worker
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await world.context!.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('La Diva');
    expect(await page.getByRole('button', { name: 'English' }).isVisible()).toBe(true);
    // Failed network requests while offline are expected; a crash is not.
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
  });

  it('never downloads the staff area on the guest side', async () => {
    const { page } = await world.open({ viewport: PHONE });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(world.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const guestScripts = [...scripts];

    await page.goto(`${world.server.url}/admin`);
    await page.waitForLoadState('networkidle');
    const adminOnly = scripts.slice(guestScripts.length).filter((s) => !guestScripts.includes(s));
    expect(adminOnly.length).toBeGreaterThan(0);
  });
});
