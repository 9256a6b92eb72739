import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { addDays, parisDay } from '../ui/paris-day';
import { dashboardAnswer, DOOR, doorAnswer, PERFORMANCE } from './dashboard-fixtures';
import { dashboardPath } from './use-dashboard';

const today = parisDay();
const series = { seriesFrom: addDays(today, -29), seriesTo: today };
const week = `GET ${dashboardPath({ from: today, to: addDays(today, 6), ...series, limit: 10, offset: 0 })}`;
const tonight = `GET ${dashboardPath({ from: today, to: today, ...series, limit: 10, offset: 0 })}`;
/** When tonight has none: the next performance, in the year after tonight. */
const nextOne = `GET ${dashboardPath({ from: addDays(today, 1), to: addDays(today, 365), ...series, limit: 1, offset: 0 })}`;

async function openCard() {
  renderApp('/admin/dashboard');
  expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
  return within(await screen.findByRole('article', { name: 'Plumes & Paillettes' }));
}

describe('Dashboard', () => {
  beforeEach(() => signInAs(ADMIN));

  it('shows fill per zone, covers, arrivals, revenue and links for an admin', async () => {
    const api = stubApi({ [tonight]: { body: dashboardAnswer() } });
    const card = await openCard();

    expect(card.getByText('Carré Or')).toBeTruthy();
    expect(card.getByText(/12 \/ 40 vendues/).textContent).toContain('2 en attente');
    expect(card.getByText(/^30\s%$/)).toBeTruthy();
    expect(card.getByText(/^100\s%$/)).toBeTruthy();
    const covers = within(card.getByRole('region', { name: 'Couverts par formule' }));
    expect(covers.getByText('Dîner-spectacle').nextSibling?.textContent).toBe('12');
    expect(covers.getByText('Couverts vendus').nextSibling?.textContent).toBe('32');
    // Arrivals in Paris time (UTC+1 in November).
    const arrivals = within(card.getByRole('region', { name: 'Arrivées prévues' }));
    expect(arrivals.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '19:0012 pers.',
      '20:3020 pers.3 arrivées',
    ]);
    expect(card.getByText('Chiffre d’affaires')).toBeTruthy();
    expect(card.getByText('4 120,00 €')).toBeTruthy();
    expect(card.getByRole('link', { name: 'En salle' }).getAttribute('href')).toBe(
      `/admin/room?performance=${PERFORMANCE.id}`,
    );
    expect(card.getByRole('link', { name: 'Réservations' }).getAttribute('href')).toBe(
      `/admin/bookings?performance=${PERFORMANCE.id}`,
    );
    expect(card.getByRole('link', { name: 'Cuisine' }).getAttribute('href')).toBe(
      `/admin/kitchen?performance=${PERFORMANCE.id}`,
    );
    const summary = within(screen.getByRole('region', { name: 'En résumé' }));
    expect(summary.getByText('Chiffre d’affaires').nextSibling?.textContent).toMatch(
      /^4\s120,00\s€$/,
    );
    expect(summary.getByText('Remplissage').nextSibling?.textContent).toMatch(/^53\s%$/);
    expect(api.calls[0]!.authorization).toBe(`Bearer token-${ADMIN.id}`);
    expect(api.unexpected).toEqual([]);
  });

  it('shows the door no revenue and no link to the bookings', async () => {
    signInAs(DOOR);
    const api = stubApi({ [tonight]: { body: doorAnswer() } });
    const card = await openCard();
    expect(card.getByText('Carré Or')).toBeTruthy();
    expect(card.getByRole('link', { name: 'En salle' })).toBeTruthy();
    expect(card.queryByRole('link', { name: 'Réservations' })).toBeNull();
    expect(card.queryByRole('link', { name: 'Cuisine' })).toBeNull();
    expect(screen.queryByText('Chiffre d’affaires')).toBeNull();
    expect(document.body.textContent).not.toContain('€');
    expect(api.unexpected).toEqual([]);
  });

  it('opens on tonight, and asks the server for 7 days, chosen days and the next page', async () => {
    const custom = `GET ${dashboardPath({ from: '2026-12-01', to: '2026-12-31', ...series, limit: 10, offset: 0 })}`;
    const next = `GET ${dashboardPath({ from: '2026-12-01', to: '2026-12-31', ...series, limit: 10, offset: 10 })}`;
    const api = stubApi({
      [tonight]: { body: dashboardAnswer() },
      [week]: { body: dashboardAnswer({ performances: [], total: 0 }) },
      [custom]: { body: dashboardAnswer({ total: 14 }) },
      [next]: { body: dashboardAnswer({ total: 14 }) },
    });
    await openCard();
    expect(screen.getByRole('button', { name: 'Ce soir' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    fireEvent.click(screen.getByRole('button', { name: '7 jours' }));
    expect(await screen.findByText('Aucune représentation sur cette période.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '7 jours' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    const pages = within(
      await screen.findByRole('navigation', { name: 'Pages des représentations' }),
    );
    expect(pages.getByText('1–10 sur 14')).toBeTruthy();
    expect((pages.getByRole('button', { name: 'Précédentes' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(pages.getByRole('button', { name: 'Suivantes' }));
    await waitFor(() => expect(pages.getByText('11–14 sur 14')).toBeTruthy());
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      tonight,
      week,
      custom,
      next,
    ]);
    expect(api.unexpected).toEqual([]);
  }, 15_000);

  it('opens on the next performance when there is none tonight', async () => {
    const api = stubApi({
      [tonight]: { body: dashboardAnswer({ performances: [], total: 0 }) },
      [nextOne]: { body: dashboardAnswer({ total: 1 }) },
    });
    const card = await openCard();
    expect(screen.getByText('Pas de représentation ce soir. La prochaine :')).toBeTruthy();
    expect(card.getByText('Carré Or')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ce soir' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The figures above are that performance's.
    const summary = within(screen.getByRole('region', { name: 'En résumé' }));
    expect(summary.getByText('Représentations').nextSibling?.textContent).toBe('1');
    expect(screen.queryByText('Aucune représentation sur cette période.')).toBeNull();
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual([tonight, nextOne]);
    expect(api.unexpected).toEqual([]);
  });

  it('says so when there is none tonight nor in the coming year', async () => {
    stubApi({
      [tonight]: { body: dashboardAnswer({ performances: [], total: 0 }) },
      [nextOne]: { body: dashboardAnswer({ performances: [], total: 0 }) },
    });
    renderApp('/admin/dashboard');
    expect(
      await screen.findByText('Aucune représentation programmée dans les douze prochains mois.'),
    ).toBeTruthy();
  });

  it('draws the bookings charts with their figures in tables', async () => {
    stubApi({ [tonight]: { body: dashboardAnswer() } });
    await openCard();
    const sources = await screen.findByRole('table', { name: 'Par canal' });
    expect(
      within(sources)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['CanalRéservationsPersonnes', 'Site web512', 'Téléphone14', 'Équipe00']);
    expect(screen.getByRole('table', { name: 'Réservations par jour' })).toBeTruthy();
  });
});
