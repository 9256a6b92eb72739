// The guest's booking page beyond the party size (#14 items 5 and 6): the terms, menus, diets,
// extras and occasion changed with the new price shown first, a moved table said, and a
// cancelled booking that owes nothing and offers to book again.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { renderApp, VENUE } from '../../../test-utils';
import { BOOKING, BOTTLE, DINNER, GOLD, RULES, SHOW, SHOW_ID, VIEW } from '../booking-fixtures';

/** The fixture's booking without its bottle: two at dinner, 430 €, one guest's menu and diet. */
const view = {
  ...VIEW,
  totalCents: 43000,
  extras: [],
  guests: [
    { menuChoice: 'boeuf', dietaryNotes: 'sans gluten' },
    { menuChoice: null, dietaryNotes: null },
  ],
  occasion: null,
  tables: ['O3'],
  cancellationFeeCents: 0,
  cancellationRules: { ...RULES, feeCents: 0 },
};
const show = SHOW;

const space = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

describe('the guest’s booking page', () => {
  it('changes menus, diets, extras and the occasion, shows the new price first and says the table moved', async () => {
    const api = stubApi({
      'GET /api/venue': { body: VENUE },
      [`GET /api/shows/${SHOW_ID}`]: { body: show },
      [`GET /api/bookings/${BOOKING}`]: { body: view },
      [`PATCH /api/bookings/${BOOKING}`]: {
        body: { ...view, partySize: 3, totalCents: 74000, tables: ['O5', 'O6'] },
      },
    });
    renderApp(`/bookings/${BOOKING}`);
    const panel = within(await screen.findByRole('region', { name: 'Modifier ma réservation' }));
    // The stored choices are shown as they were made.
    const guest1 = within(await panel.findByRole('group', { name: 'Convive 1' }));
    expect((guest1.getByLabelText('Plat') as HTMLSelectElement).value).toBe('boeuf');
    expect((guest1.getByLabelText(/Allergies/) as HTMLInputElement).value).toBe('sans gluten');

    fireEvent.click(panel.getAllByRole('button', { name: 'Un convive de plus' })[0]!);
    // The added guest is asked their menu; the new price shows before saving.
    expect(panel.getByText('Nouveau convive : quel menu, quelles allergies ?')).toBeTruthy();
    const guest3 = within(panel.getByRole('group', { name: 'Convive 3' }));
    fireEvent.change(guest3.getByLabelText('Plat'), { target: { value: 'risotto' } });
    fireEvent.click(panel.getByRole('button', { name: 'Ajouter : Bouteille de champagne' }));
    expect(space(panel.getByText(/^Nouveau total/).textContent)).toBe(
      'Nouveau total : 740,00 € (au lieu de 430,00 €), réglé sur place.',
    );
    fireEvent.change(panel.getByLabelText(/Une occasion à fêter/), {
      target: { value: 'Anniversaire' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText(
        'Votre réservation est modifiée. Votre placement change : table O5, O6 (au lieu de O3).',
      ),
    ).toBeTruthy();
    const patch = api.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.body).toEqual({
      lines: [{ formulaId: DINNER, zoneId: GOLD, guests: 3 }],
      extras: [{ extraId: BOTTLE, quantity: 1 }],
      guests: [{ menuChoice: 'boeuf', dietaryNotes: 'sans gluten' }, {}, { menuChoice: 'risotto' }],
      occasion: 'Anniversaire',
    });
  });

  it('states the terms on the ticket, and a cancelled booking owes nothing and offers to book again', async () => {
    stubApi({
      'GET /api/venue': { body: VENUE },
      [`GET /api/shows/${SHOW_ID}`]: { body: show },
      [`GET /api/bookings/${BOOKING}`]: {
        body: { ...view, status: 'cancelled', cancellable: false, changeable: false, ticket: null },
      },
    });
    renderApp(`/bookings/${BOOKING}`);
    const terms = await screen.findByRole('region', { name: 'Conditions' });
    expect(terms.textContent).toContain('Rien à régler : cette réservation est annulée.');
    expect(space(screen.getByText('Montant dû').nextElementSibling?.textContent)).toBe('0,00 €');
    expect(screen.getByRole('link', { name: 'Réserver à nouveau' }).getAttribute('href')).toBe(
      '/shows/plumes-et-paillettes#dates',
    );
    expect(screen.queryByRole('region', { name: 'Modifier ma réservation' })).toBeNull();
    await waitFor(() => expect(screen.queryByText(/À régler sur place/)).toBeNull());
  });
});
