import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../test-api';
import { renderApp, stubVenueApi, VENUE, venueSettled } from '../../test-utils';

const EVENINGS = [
  { weekdays: [4, 5, 6], curtain: '21:00', doors: '19:00', dinner: '19:00' },
  { weekdays: [7], curtain: '19:30', doors: '17:30', dinner: '17:30' },
];

function stubHome(evenings: unknown, status = 200) {
  return stubApi({
    'GET /api/venue': { body: VENUE },
    'GET /api/shows': { body: [] },
    'GET /api/evenings': { status, body: evenings },
  });
}

function eveningsCard() {
  const card = screen.getByRole('heading', { name: /Nos soirées|Our evenings/ }).closest('article');
  if (!card) throw new Error('no evenings card');
  return within(card);
}

/** Each timetable's lines: the days, then dinner (or doors), then the curtain. */
const timetables = (card: ReturnType<typeof eveningsCard>) =>
  card
    .getAllByRole('term')
    .map((days) => [...days.parentElement!.children].map((line) => line.textContent));

function contactCard() {
  const card = screen.getByRole('heading', { name: 'Nous trouver' }).closest('article');
  if (!card) throw new Error('no contact card');
  return within(card);
}

describe('home page', () => {
  it('presents the venue: heading, landmarks and sections', async () => {
    stubVenueApi();
    renderApp();
    await venueSettled();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('La Diva Cabaret');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe(
      '#main',
    );
    for (const name of ['À l’affiche', 'Trois façons de vivre la revue', 'Préparer votre soirée']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    for (const formula of ['Spectacle', 'Dîner-spectacle', 'Champagne']) {
      expect(screen.getByRole('heading', { level: 3, name: formula })).toBeTruthy();
    }
  });

  it("shows the venue's details from GET /api/venue", async () => {
    const fetchMock = stubVenueApi();
    renderApp();
    await venueSettled();

    expect(fetchMock).toHaveBeenCalledWith('/api/venue', expect.anything());
    expect(screen.getByText(VENUE.taglineFr)).toBeTruthy();
    const card = contactCard();
    expect(card.getByText(VENUE.address as string)).toBeTruthy();
    expect(card.getByRole('link', { name: VENUE.phone as string }).getAttribute('href')).toBe(
      'tel:+33142000000',
    );
    expect(card.getByRole('link', { name: VENUE.email as string }).getAttribute('href')).toBe(
      `mailto:${VENUE.email}`,
    );
    expect(within(screen.getByRole('contentinfo')).getByText(VENUE.address as string)).toBeTruthy();
  });

  it('keeps its static copy when the API cannot be reached, without logging an error', async () => {
    const fetchMock = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);
    renderApp();
    await venueSettled();

    expect(fetchMock).toHaveBeenCalled();
    expect(screen.getByText('Dîner-spectacle au cœur de Paris')).toBeTruthy();
    const card = contactCard();
    expect(card.getByText('Au cœur de Paris')).toBeTruthy();
    expect(card.getByText('Nos coordonnées complètes arrivent avec la billetterie.')).toBeTruthy();
    expect(card.queryByRole('link')).toBeNull();
    // fail-on-console-error.ts fails this test if anything was logged as an error.
  });

  it('keeps its static copy when the API answers an error or an unexpected shape', async () => {
    stubVenueApi({ code: 'DATABASE_UNAVAILABLE', message: 'down' }, 503);
    const { unmount } = renderApp();
    await venueSettled();
    expect(contactCard().getByText('Au cœur de Paris')).toBeTruthy();
    unmount();

    stubVenueApi({ ...VENUE, phone: 42 });
    renderApp();
    await venueSettled();
    expect(contactCard().getByText('Au cœur de Paris')).toBeTruthy();
    expect(screen.queryByText(VENUE.taglineFr)).toBeNull();
  });

  it('uses the English tagline in English', async () => {
    window.localStorage.setItem('ladiva.locale', 'en');
    stubVenueApi();
    renderApp();
    await venueSettled();
    expect(screen.getByText(VENUE.taglineEn)).toBeTruthy();
  });

  it('lists the shows on the bill with their next date, each linking to its page', async () => {
    stubApi({
      'GET /api/venue': { body: VENUE },
      'GET /api/shows': {
        body: [
          {
            id: '11111111-1111-4111-8111-111111111111',
            slug: 'plumes-et-paillettes',
            titleFr: 'Plumes & Paillettes',
            titleEn: 'Feathers & Sequins',
            descriptionFr: 'La grande revue.',
            descriptionEn: 'The grand revue.',
            durationMinutes: 105,
            imagePath: null,
            nextStartsAt: '2026-11-26T20:00:00.000Z',
          },
        ],
      },
    });
    renderApp();
    const link = await screen.findByRole('link', { name: 'Plumes & Paillettes' });
    expect(link.getAttribute('href')).toBe('/shows/plumes-et-paillettes');
    expect(screen.getByText('Prochaine soirée : jeudi 26 novembre à 21:00')).toBeTruthy();
  });

  it('says which days and at what times from the API, and other data gives other words', async () => {
    const api = stubHome(EVENINGS);
    const first = renderApp();
    const card = eveningsCard();
    expect(await card.findByText('Du jeudi au samedi')).toBeTruthy();
    expect(card.getByText('dimanche').className).toContain('first-letter:uppercase');
    expect(timetables(card)).toEqual([
      ['Du jeudi au samedi', 'Dîner dès 19:00', 'Lever de rideau à 21:00'],
      ['dimanche', 'Dîner dès 17:30', 'Lever de rideau à 19:30'],
    ]);
    expect(api.unexpected).toEqual([]);
    first.unmount();

    // A later curtain on two days, and no formula with a dinner: the doors are given instead.
    stubHome([{ weekdays: [5, 6], curtain: '20:30', doors: '19:45', dinner: null }]);
    renderApp();
    const other = eveningsCard();
    await other.findByText('vendredi et samedi');
    expect(timetables(other)).toEqual([
      ['vendredi et samedi', 'Ouverture des portes à 19:45', 'Lever de rideau à 20:30'],
    ]);
  });

  it('in English, days and clock by Intl', async () => {
    window.localStorage.setItem('ladiva.locale', 'en');
    stubHome(EVENINGS);
    renderApp();
    const card = eveningsCard();
    await card.findByText('Thursday to Saturday');
    expect(timetables(card)).toEqual([
      ['Thursday to Saturday', 'Dinner from 19:00', 'Curtain up at 21:00'],
      ['Sunday', 'Dinner from 17:30', 'Curtain up at 19:30'],
    ]);
  });

  it('points to the revues when no evening is coming or the API cannot answer', async () => {
    stubHome([]);
    const first = renderApp();
    const none = 'Les dates et les horaires sont sur la page de chaque revue.';
    expect(await eveningsCard().findByText(none)).toBeTruthy();
    first.unmount();

    stubHome({ code: 'DATABASE_UNAVAILABLE', message: 'down' }, 503);
    renderApp();
    expect(await eveningsCard().findByText(none)).toBeTruthy();
    expect(eveningsCard().queryByText(/\d\d:\d\d/)).toBeNull();
  });
});
