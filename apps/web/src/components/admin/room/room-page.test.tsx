import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { applyMove } from './room-model';
import { ALICE, DOOR, PERFORMANCE_ID, ROOM, T2, T3 } from './room-fixtures';

const GET_ROOM = `GET /api/admin/room/${PERFORMANCE_ID}`;
const POST_MOVE = `POST /api/admin/room/${PERFORMANCE_ID}/moves`;

describe('Tonight’s room', () => {
  beforeEach(() => signInAs(ADMIN));

  it('shows each party on its tables with formulas, occasion and dietary flags', async () => {
    const api = stubApi({ [GET_ROOM]: { body: ROOM } });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'En salle · Plumes & Paillettes' }),
    ).toBeTruthy();
    const plan = screen.getByRole('group', { name: 'Plan de la soirée : 3 tables, 2 groupes' });
    expect(
      within(plan).getByRole('img', { name: /Table C1, 3 sur 4 places : Alice Martin/ }),
    ).toBeTruthy();
    const parties = within(screen.getByRole('region', { name: 'Groupes (2)' }));
    const alice = parties.getByRole('button', { name: /Choisir Alice Martin, 3 pers\./ });
    expect(alice.textContent).toContain('3 × Dîner-spectacle');
    expect(alice.textContent).toContain('Table(s) C1');
    expect(alice.textContent).toContain('Occasion : Anniversaire');
    expect(alice.textContent).toContain('Régimes : Sans gluten');
    // The arrivals list, by expected time, with the phone for booking staff.
    const arrivals = within(screen.getByRole('table', { name: /Arrivées de la représentation/ }));
    const rows = arrivals.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Alice Martin'),
      expect.stringContaining('Bruno Petit'),
    ]);
    expect(rows[0]!.textContent).toContain('+33 6 12 34 56 78');
    expect(api.unexpected).toEqual([]);
  });

  it('moves a party with the keyboard, showing the move at once', async () => {
    let moved = false;
    const api = stubApi({
      [GET_ROOM]: () => ({ body: moved ? applyMove(ROOM, ALICE, [T3]) : ROOM }),
      [POST_MOVE]: () => {
        moved = true;
        return { body: applyMove(ROOM, ALICE, [T3]) };
      },
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /Choisir Alice Martin/ }));
    const panel = within(screen.getByRole('form', { name: 'Déplacer Alice Martin vers…' }));
    // C2 holds another party (private): not offered.
    expect(panel.getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual([
      'Table C1 · 4 places libres sur 4',
      'Table C3 · 6 places libres sur 6',
    ]);
    fireEvent.click(panel.getByRole('checkbox', { name: /Table C3/ }));
    expect(panel.getByText('6 places choisies pour 3 personnes.')).toBeTruthy();
    fireEvent.click(panel.getByRole('button', { name: 'Déplacer' }));

    // Optimistic: on C3 before the server has answered.
    expect(screen.getByRole('button', { name: /Choisir Alice Martin/ }).textContent).toContain(
      'Table(s) C3',
    );
    expect(await screen.findByText('Alice Martin est à la table C3.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      bookingId: ALICE,
      tableIds: [T3],
    });
    expect(api.unexpected).toEqual([]);
  });

  it('puts the party back when the server refuses the move', async () => {
    stubApi({
      [GET_ROOM]: { body: ROOM },
      [POST_MOVE]: apiError(409, 'TABLE_FULL'),
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /Choisir Alice Martin/ }));
    // A table of the plan is a button once a party is selected: Enter seats the party there.
    const c3 = screen.getByRole('button', { name: /Table C3, 0 sur 6 places/ });
    fireEvent.keyDown(c3, { key: 'Enter' });
    expect(screen.getByRole('button', { name: /Choisir Alice Martin/ }).textContent).toContain(
      'Table(s) C3',
    );
    expect(
      await screen.findByText(/Déplacement refusé, Alice Martin reste à sa place : Ces tables/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /Choisir Alice Martin/ }).textContent).toContain(
      'Table(s) C1',
    );
  });

  it('lets the door read the plan without moving anyone or seeing phones', async () => {
    signInAs(DOOR);
    stubApi({
      [GET_ROOM]: {
        body: { ...ROOM, parties: ROOM.parties.map((p) => ({ ...p, contactPhone: null })) },
      },
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'En salle · Plumes & Paillettes' }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Groupes (2)' }).textContent).toContain(
      'Alice Martin',
    );
    expect(screen.queryByRole('button', { name: /Choisir/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Téléphone' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Imprimer les arrivées' })).toBeTruthy();
  });

  it('offers a party sold beyond the plan its proposed tables, kept holds counted as taken', async () => {
    const beyond = {
      ...ROOM,
      sellBeyondPlan: true,
      tables: ROOM.tables.map((t) => (t.id === T3 ? { ...t, held: 2 } : t)),
      parties: ROOM.parties.map((p) =>
        p.bookingId === ALICE
          ? { ...p, tables: [], proposal: { tableIds: [T2, T3], together: false } }
          : p,
      ),
    };
    const api = stubApi({
      [GET_ROOM]: { body: beyond },
      [POST_MOVE]: { body: beyond },
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    expect(await screen.findByText(/Vente au-delà du plan de salle/)).toBeTruthy();
    expect(
      screen.getByText('Proposition : tables C2 + C3, rapprochées avec des chaises en plus.'),
    ).toBeTruthy();
    // A table kept for a booking in progress says so, and is not offered to a move.
    expect(screen.getByRole('img', { name: /Table C3, 0 sur 6 places, 2 gardées/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Placer Alice Martin ici' }));
    await screen.findByText(/Alice Martin est à la table/);
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      bookingId: ALICE,
      tableIds: [T2, T3],
    });
  });

  it('seats a walk-in party in two taps: a free table, then the seat button', async () => {
    const api = stubApi({
      [GET_ROOM]: { body: ROOM },
      [`POST /api/admin/room/${PERFORMANCE_ID}/walk-ins`]: { status: 201, body: ROOM },
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    const plan = await screen.findByRole('group', { name: /Plan de la soirée/ });
    // A free table is a button; taken ones are not.
    expect(within(plan).queryByRole('button', { name: /Table C1/ })).toBeNull();
    fireEvent.click(within(plan).getByRole('button', { name: /Table C3, 0 sur 6 places/ }));
    const panel = within(
      screen.getByRole('form', { name: 'Installer des clients sans réservation' }),
    );
    expect((panel.getByLabelText('Table') as HTMLSelectElement).value).toBe(T3);
    expect(
      (panel.getByLabelText('Formule') as HTMLSelectElement).selectedOptions[0]?.textContent,
    ).toMatch(/^Spectacle seul · 75,00/);
    fireEvent.click(panel.getByRole('button', { name: 'Installer 2 à la table C3' }));
    expect(
      await screen.findByText(
        '2 personne(s) sans réservation installée(s) à la table C3, réglé sur place.',
      ),
    ).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      tableId: T3,
      guests: 2,
      formulaId: 'f1f1f1f1-0000-4000-8000-000000000002',
      idempotencyKey: expect.stringMatching(/^walkin-[A-Za-z0-9_-]+$/),
    });
    expect(api.unexpected).toEqual([]);
  });

  it('upgrades a party to a table of another zone that sells its formula and has places', async () => {
    const LOGE = 'a2a2a2a2-0000-4000-8000-000000000002';
    const L1 = 'b1b1b1b1-0000-4000-8000-000000000004';
    const withLoge = {
      ...ROOM,
      zones: [
        ...ROOM.zones,
        { ...ROOM.zones[0]!, id: LOGE, nameFr: 'Loge', nameEn: 'Box', seatsLeft: 4 },
      ],
      tables: [
        ...ROOM.tables,
        { ...ROOM.tables[2]!, id: L1, zoneId: LOGE, label: 'L1', seats: 4, seated: 0 },
      ],
    };
    const api = stubApi({
      [GET_ROOM]: { body: withLoge },
      [POST_MOVE]: { body: withLoge },
    });
    renderApp(`/admin/room?performance=${PERFORMANCE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /Choisir Alice Martin/ }));
    const panel = within(screen.getByRole('form', { name: 'Déplacer Alice Martin vers…' }));
    fireEvent.click(panel.getByRole('checkbox', { name: /Table C3/ }));
    // Ticking a table of another zone starts the choice again: one zone at a time.
    fireEvent.click(
      panel.getByRole('checkbox', { name: 'Loge · table L1 · 4 places libres sur 4' }),
    );
    expect((panel.getByRole('checkbox', { name: /Table C3/ }) as HTMLInputElement).checked).toBe(
      false,
    );
    fireEvent.click(panel.getByRole('button', { name: 'Déplacer' }));
    await screen.findByText(/Alice Martin est à la table/);
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      bookingId: ALICE,
      tableIds: [L1],
      changeZone: true,
    });
  });
});
