// Contract-shaped answers of the bookings and catalogue APIs, for the bookings' unit tests.
import type { AdminBooking, AdminBookingDetail } from '@ladiva/contract/backoffice-bookings';
import type {
  PerformanceAvailability,
  PerformanceSummary,
  ShowDetail,
} from '@ladiva/contract/booking';

export const PERFORMANCE_ID = '5b0f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4';
export const SHOW_ID = '6c1a8d2f-3e4b-4c5d-9e6f-8091a2b3c4d5';
export const ZONE_GOLD = 'a1a1a1a1-0000-4000-8000-000000000001';
export const ZONE_BAR = 'a1a1a1a1-0000-4000-8000-000000000002';
export const DINNER = 'f1f1f1f1-0000-4000-8000-000000000001';
export const SHOW_ONLY = 'f1f1f1f1-0000-4000-8000-000000000002';
export const CAKE = 'e1e1e1e1-0000-4000-8000-000000000001';

export const BOOKING: AdminBooking = {
  id: 'c1c1c1c1-0000-4000-8000-000000000001',
  reference: 'ABCDEFGH',
  status: 'confirmed',
  source: 'web',
  partySize: 3,
  totalCents: 54_000,
  contactName: 'Alice Martin',
  contactEmail: 'alice@example.com',
  contactPhone: '+33 6 12 34 56 78',
  customerId: 'a'.repeat(64),
  hasAccount: false,
  occasion: 'Anniversaire',
  performance: {
    id: PERFORMANCE_ID,
    startsAt: '2026-11-24T20:00:00.000Z',
    showTitleFr: 'Plumes & Paillettes',
    showTitleEn: 'Feathers & Sequins',
  },
  createdAt: '2026-11-20T10:00:00.000Z',
  confirmedAt: '2026-11-20T10:05:00.000Z',
  cancelledAt: null,
};

export const OTHER: AdminBooking = {
  ...BOOKING,
  id: 'c1c1c1c1-0000-4000-8000-000000000002',
  reference: 'JKMNPQRS',
  source: 'phone',
  partySize: 2,
  totalCents: 25_000,
  contactName: 'Bruno Petit',
  contactEmail: 'bruno@example.com',
  contactPhone: null,
  occasion: null,
};

export const DETAIL: AdminBookingDetail = {
  ...BOOKING,
  lines: [
    {
      formulaId: DINNER,
      formulaNameFr: 'Dîner-spectacle',
      formulaNameEn: 'Dinner show',
      zoneId: ZONE_GOLD,
      zoneNameFr: 'Carré Or',
      zoneNameEn: 'Gold Circle',
      guests: 3,
      unitPriceCents: 18_000,
    },
  ],
  extras: [],
  tables: [{ tableId: 'b1b1b1b1-0000-4000-8000-000000000001', label: 'C1', guests: 3 }],
  guests: [
    { menuChoice: 'Végétarien', dietaryNotes: 'Sans gluten' },
    { menuChoice: null, dietaryNotes: null },
    { menuChoice: null, dietaryNotes: null },
  ],
  marketingEmail: false,
  history: [
    {
      id: '1',
      at: '2026-11-20T10:00:00.000Z',
      kind: 'created',
      actor: null,
      data: {},
      note: null,
    },
    {
      id: '2',
      at: '2026-11-20T10:05:00.000Z',
      kind: 'moved',
      actor: null,
      data: { tables: ['C1'], from: null },
      note: null,
    },
  ],
};

export const SHOW: ShowDetail = {
  id: SHOW_ID,
  slug: 'plumes',
  titleFr: 'Plumes & Paillettes',
  titleEn: 'Feathers & Sequins',
  descriptionFr: '',
  descriptionEn: '',
  durationMinutes: 110,
  imagePath: null,
  nextStartsAt: '2026-11-24T20:00:00.000Z',
  zones: [
    {
      id: ZONE_GOLD,
      code: 'gold',
      nameFr: 'Carré Or',
      nameEn: 'Gold Circle',
      descriptionFr: '',
      descriptionEn: '',
    },
    {
      id: ZONE_BAR,
      code: 'bar',
      nameFr: 'Bar',
      nameEn: 'Bar',
      descriptionFr: '',
      descriptionEn: '',
    },
  ],
  formulas: [
    {
      id: DINNER,
      code: 'dinner',
      nameFr: 'Dîner-spectacle',
      nameEn: 'Dinner show',
      descriptionFr: '',
      descriptionEn: '',
      arrivalMinutesBefore: 90,
      menu: {
        main: [
          { code: 'boeuf', fr: 'Filet de bœuf', en: 'Beef fillet' },
          { code: 'bar', fr: 'Dos de bar', en: 'Sea bass' },
        ],
      },
      prices: [{ zoneId: ZONE_GOLD, priceCents: 18_000 }],
    },
    {
      id: SHOW_ONLY,
      code: 'show',
      nameFr: 'Spectacle seul',
      nameEn: 'Show only',
      descriptionFr: '',
      descriptionEn: '',
      arrivalMinutesBefore: 30,
      menu: {},
      prices: [
        { zoneId: ZONE_GOLD, priceCents: 12_500 },
        { zoneId: ZONE_BAR, priceCents: 7_500 },
      ],
    },
  ],
  extras: [{ id: CAKE, code: 'cake', nameFr: 'Gâteau', nameEn: 'Cake', priceCents: 3_500 }],
};

export const PERFORMANCES: PerformanceSummary[] = [
  {
    id: PERFORMANCE_ID,
    showId: SHOW_ID,
    startsAt: '2026-11-24T20:00:00.000Z',
    doorsAt: '2026-11-24T18:00:00.000Z',
    status: 'on_sale',
    salesOpen: true,
    capacity: 100,
    seatsLeft: 42,
  },
];

export const AVAILABILITY: PerformanceAvailability = {
  ...PERFORMANCES[0]!,
  maxParty: 12,
  cancellationRules: { deadline: '2026-11-22T20:00:00.000Z', feeCents: 0 },
  zones: [
    {
      zoneId: ZONE_GOLD,
      code: 'gold',
      nameFr: 'Carré Or',
      nameEn: 'Gold Circle',
      capacity: 60,
      seatsLeft: 30,
      prices: [
        { formulaId: DINNER, priceCents: 18_000 },
        { formulaId: SHOW_ONLY, priceCents: 12_500 },
      ],
    },
    {
      zoneId: ZONE_BAR,
      code: 'bar',
      nameFr: 'Bar',
      nameEn: 'Bar',
      capacity: 40,
      seatsLeft: 12,
      prices: [{ formulaId: SHOW_ONLY, priceCents: 7_500 }],
    },
  ],
};
