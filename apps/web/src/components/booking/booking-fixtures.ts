// The guest's booking in unit tests: one show, one performance, one booking as the API gives them
// (the booking flow's and the booking page's tests).

export const SHOW_ID = '11111111-1111-4111-8111-111111111111';
export const PERF = '22222222-2222-4222-8222-222222222222';
export const GOLD = '33333333-3333-4333-8333-333333333333';
export const BAR = '44444444-4444-4444-8444-444444444444';
export const DINNER = '55555555-5555-4555-8555-555555555555';
export const BOTTLE = '66666666-6666-4666-8666-666666666666';
export const BOOKING = '77777777-7777-4777-8777-777777777777';

/** Three days ahead of the clock: online changes are still open. */
export const DEADLINE = new Date(Date.now() + 3 * 86_400_000).toISOString();
export const RULES = { deadline: DEADLINE, feeCents: 1500 };

export const SHOW = {
  id: SHOW_ID,
  slug: 'plumes-et-paillettes',
  titleFr: 'Plumes & Paillettes',
  titleEn: 'Feathers & Sequins',
  descriptionFr: 'La grande revue.',
  descriptionEn: 'The grand revue.',
  durationMinutes: 105,
  imagePath: null,
  nextStartsAt: null,
  zones: [
    {
      id: GOLD,
      code: 'carre-or',
      nameFr: 'Carré Or',
      nameEn: 'Golden Circle',
      descriptionFr: 'Au pied de la scène.',
      descriptionEn: 'By the stage.',
    },
    {
      id: BAR,
      code: 'bar',
      nameFr: 'Bar',
      nameEn: 'Bar',
      descriptionFr: 'Tables hautes.',
      descriptionEn: 'High tables.',
    },
  ],
  formulas: [
    {
      id: DINNER,
      code: 'diner-spectacle',
      nameFr: 'Dîner-spectacle',
      nameEn: 'Dinner and show',
      descriptionFr: 'Dîner trois plats.',
      descriptionEn: 'Three courses.',
      arrivalMinutesBefore: 120,
      menu: {
        main: [
          { code: 'boeuf', fr: 'Filet de bœuf', en: 'Beef fillet' },
          { code: 'risotto', fr: 'Risotto aux cèpes', en: 'Porcini risotto' },
        ],
      },
      prices: [{ zoneId: GOLD, priceCents: 21500 }],
    },
  ],
  extras: [
    { id: BOTTLE, code: 'b', nameFr: 'Bouteille de champagne', nameEn: 'Bottle', priceCents: 9500 },
  ],
};

/** A confirmed booking of two at dinner, with a bottle, as GET /api/bookings/:id answers it. */
export const VIEW = {
  id: BOOKING,
  reference: 'K7PQ2MZA',
  status: 'confirmed',
  partySize: 2,
  totalCents: 52500,
  expiresAt: '2026-11-24T10:10:00.000Z',
  createdAt: '2026-11-24T10:00:00.000Z',
  performance: {
    id: PERF,
    startsAt: '2026-12-04T20:00:00.000Z',
    doorsAt: '2026-12-04T18:00:00.000Z',
    show: SHOW,
  },
  lines: [
    {
      formulaId: DINNER,
      formulaNameFr: 'Dîner-spectacle',
      formulaNameEn: 'Dinner and show',
      zoneId: GOLD,
      zoneNameFr: 'Carré Or',
      zoneNameEn: 'Golden Circle',
      guests: 2,
      unitPriceCents: 21500,
      arrivalTime: '2026-12-04T18:00:00.000Z',
    },
  ],
  extras: [
    {
      extraId: BOTTLE,
      nameFr: 'Bouteille de champagne',
      nameEn: 'Bottle',
      quantity: 1,
      unitPriceCents: 9500,
    },
  ],
  contact: { name: 'Camille Martin', email: 'camille@example.com', phone: null },
  guests: [
    { menuChoice: 'boeuf', dietaryNotes: null },
    { menuChoice: null, dietaryNotes: null },
  ],
  occasion: null,
  tables: ['O3'],
  cancellable: true,
  changeable: true,
  cancellationFeeCents: 0,
  cancellationRules: RULES,
  paymentMethod: 'at_venue',
  locale: 'fr',
  maxParty: 12,
  ticket: { token: 'ticket' },
};
