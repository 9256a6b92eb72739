import type { Me } from '@ladiva/contract/auth';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { parisDay } from '../ui/paris-day';
import type { KitchenSheet } from './use-kitchen-sheet';

const COOK: Me = { ...ADMIN, id: '6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b', roles: ['kitchen'] };
const PERFORMANCE_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';
const DINNER = '33333333-3333-4333-8333-333333333333';

const SHEET: KitchenSheet = {
  date: null,
  performances: [
    {
      id: PERFORMANCE_ID,
      startsAt: '2026-11-26T20:00:00.000Z',
      showTitleFr: 'Plumes & Paillettes',
      showTitleEn: 'Feathers & Sequins',
      covers: [
        {
          formulaId: DINNER,
          code: 'diner-spectacle',
          nameFr: 'Dîner-spectacle',
          nameEn: 'Dinner and show',
          guests: 4,
        },
      ],
      dishes: [
        {
          formulaId: DINNER,
          course: 'main',
          code: 'boeuf',
          nameFr: 'Filet de bœuf',
          nameEn: 'Beef fillet',
          guests: 3,
        },
        { formulaId: DINNER, course: 'main', code: null, nameFr: null, nameEn: null, guests: 1 },
        {
          formulaId: DINNER,
          course: 'starter',
          code: 'foie-gras',
          nameFr: 'Foie gras',
          nameEn: 'Foie gras',
          guests: 4,
        },
        {
          formulaId: DINNER,
          course: null,
          code: 'sans-sel',
          nameFr: null,
          nameEn: null,
          guests: 1,
        },
      ],
      extras: [
        {
          extraId: '55555555-5555-4555-8555-555555555555',
          code: 'gateau',
          nameFr: 'Gâteau d’anniversaire',
          nameEn: 'Birthday cake',
          quantity: 1,
        },
      ],
      parties: [
        {
          bookingId: '66666666-6666-4666-8666-666666666666',
          partyName: 'Camille Martin',
          partySize: 4,
          tables: ['P12', 'P13'],
          dietaryNotes: ['Sans gluten', 'Allergie aux noix'],
          occasion: 'Anniversaire',
        },
      ],
    },
  ],
};

const PROGRAMME = {
  'GET /api/performances': {
    body: [
      {
        id: PERFORMANCE_ID,
        showId: '77777777-7777-4777-8777-777777777777',
        startsAt: '2026-11-26T20:00:00.000Z',
        doorsAt: '2026-11-26T18:00:00.000Z',
        status: 'on_sale',
        salesOpen: true,
        capacity: 248,
        seatsLeft: 200,
      },
    ],
  },
  'GET /api/shows': {
    body: [
      {
        id: '77777777-7777-4777-8777-777777777777',
        titleFr: 'Plumes & Paillettes',
        titleEn: 'Feathers & Sequins',
      },
    ],
  },
};

describe('Kitchen sheet', () => {
  beforeEach(() => signInAs(COOK));
  // jsdom has no object URLs: the test lends them, and takes them back.
  const objectUrls = URL as unknown as Record<string, unknown>;
  afterEach(() => {
    delete objectUrls.createObjectURL;
    delete objectUrls.revokeObjectURL;
  });

  it('shows covers, dishes per course and dietary notes per table to the kitchen', async () => {
    const api = stubApi({
      [`GET /api/admin/kitchen?performanceId=${PERFORMANCE_ID}`]: { body: SHEET },
      ...PROGRAMME,
    });
    renderApp(`/admin/kitchen?performance=${PERFORMANCE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fiche cuisine' })).toBeTruthy();
    const sheet = within(await screen.findByRole('region', { name: /Plumes & Paillettes/ }));

    const covers = within(sheet.getByRole('table', { name: 'Couverts · Plumes & Paillettes' }));
    expect(covers.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'FormuleCouverts',
      'Dîner-spectacle4',
      'Total4',
    ]);
    // Courses in the order they are served, the guests who have not chosen last in theirs.
    const tables = sheet
      .getAllByRole('table')
      .map((table) => table.querySelector('caption')?.textContent);
    expect(tables).toContain('Entrées');
    const starters = within(sheet.getByRole('table', { name: 'Entrées' }));
    expect(starters.getByRole('row').textContent).toBe('Foie gras4');
    const mains = within(sheet.getByRole('table', { name: 'Plats' }));
    expect(mains.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Filet de bœuf3',
      'Pas encore choisi1',
    ]);
    expect(
      within(sheet.getByRole('table', { name: 'Autres demandes' })).getByRole('row').textContent,
    ).toBe('sans-sel1');
    const parties = within(sheet.getByRole('table', { name: /Régimes et remarques par table/ }));
    const party = parties.getAllByRole('row')[1]!;
    expect(within(party).getByRole('rowheader').textContent).toBe('P12, P13');
    expect(
      within(party)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Sans gluten', 'Allergie aux noix']);
    expect(party.textContent).toContain('Anniversaire');
    expect(sheet.getByText('Gâteau d’anniversaire')).toBeTruthy();
    // The kitchen never sees money.
    expect(document.body.textContent).not.toContain('€');
    expect(api.unexpected).toEqual([]);
  });

  it('opens tonight by default, says when there is nothing, prints and exports the CSV (a toast says so)', async () => {
    const today = parisDay();
    const api = stubApi({
      [`GET /api/admin/kitchen?date=${today}`]: { body: { date: today, performances: [] } },
      [`GET /api/admin/kitchen?date=${today}&format=csv`]: {
        body: 'ignored',
        headers: { 'content-disposition': `attachment; filename="kitchen-${today}.csv"` },
      },
      ...PROGRAMME,
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    objectUrls.createObjectURL = vi.fn(() => 'blob:kitchen');
    objectUrls.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(`${this.download} ${this.getAttribute('href')}`);
    });

    renderApp('/admin/kitchen');
    expect(await screen.findByText(/Aucune représentation ce jour-là\./)).toBeTruthy();
    expect((screen.getByLabelText('Jour') as HTMLInputElement).value).toBe(today);

    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();

    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(clicks).toEqual([`kitchen-${today}.csv blob:kitchen`]));
    // The download says so, with the file's name, in the staff app's toast.
    expect(document.querySelector('[data-toast]')?.textContent).toBe(
      `Export téléchargé : kitchen-${today}.csv`,
    );
    const csvCall = api.calls.find((call) => call.url.endsWith('format=csv'))!;
    expect(csvCall.headers.accept).toBe('text/csv');
    expect(csvCall.authorization).toBe(`Bearer token-${COOK.id}`);
    expect(api.unexpected).toEqual([]);
    click.mockRestore();
  });
});
