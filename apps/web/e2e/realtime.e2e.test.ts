// Live data in Chromium against the real server (#15): a guest choosing a zone sees its places
// left change as other guests hold them, without reloading — the change feed, the hub and the
// WebSocket end to end.
import { describe, expect, it } from 'vitest';
import { PHONE } from './browser.ts';
import { e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-realtime-e2e-');

describe('live availability', () => {
  it('updates the places left of a zone while the guest is choosing', async () => {
    const api = async <T>(path: string, body?: object): Promise<T> => {
      const response = await fetch(`${world.server.url}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(response.ok, await response.clone().text()).toBe(true);
      return (await response.json()) as T;
    };
    type Performance = { id: string; showId: string; salesOpen: boolean };
    type Availability = {
      zones: { zoneId: string; code: string; seatsLeft: number; prices: { formulaId: string }[] }[];
    };
    const performance = (await api<Performance[]>('/api/performances')).find((p) => p.salesOpen)!;
    const availability = await api<Availability>(
      `/api/performances/${performance.id}/availability`,
    );
    const carre = availability.zones.find((zone) => zone.code === 'carre-or')!;
    const formulaId = carre.prices[0]!.formulaId;
    const hold = (guests: number) =>
      api('/api/bookings/holds', {
        performanceId: performance.id,
        lines: [{ formulaId, zoneId: carre.zoneId, guests }],
      });
    // Leave 12 places in the Carré Or: too many for the page to count them out loud.
    let left = carre.seatsLeft;
    while (left - 4 >= 12) {
      await hold(4);
      left -= 4;
    }

    const { page, problems } = await world.open({ viewport: PHONE, locale: 'fr-FR' });
    await page.goto(`${world.server.url}/book/${performance.id}`);
    await page.getByText('Étape 1 sur 5 : Convives').waitFor({ state: 'attached' });
    await page.getByRole('radio', { name: 'Dîner-spectacle', exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByText('Étape 2 sur 5 : Zone').waitFor({ state: 'attached' });
    const zone = page.getByRole('radio', { name: /^Carré Or/ });
    await zone.waitFor();

    // Others hold places: the page says so as it happens, with no reload.
    await hold(4);
    await page.getByText(`Places restantes : ${left - 4}`).waitFor({ timeout: 5_000 });
    await hold(2);
    await page.getByText(`Places restantes : ${left - 6}`).waitFor({ timeout: 5_000 });
    expect(problems).toEqual([]);
  });
});
