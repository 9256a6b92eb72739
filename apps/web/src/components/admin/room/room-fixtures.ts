// Contract-shaped answers of the room API, for the room's unit tests.
import type { Me } from '@ladiva/contract/auth';
import type { Room } from './api/use-room';
import { ADMIN } from '../../../test-utils';

export const PERFORMANCE_ID = '5b0f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4';
const ZONE = 'a1a1a1a1-0000-4000-8000-000000000001';
export const T1 = 'b1b1b1b1-0000-4000-8000-000000000001';
export const T2 = 'b1b1b1b1-0000-4000-8000-000000000002';
export const T3 = 'b1b1b1b1-0000-4000-8000-000000000003';
export const ALICE = 'c1c1c1c1-0000-4000-8000-000000000001';
export const BRUNO = 'c1c1c1c1-0000-4000-8000-000000000002';

export const DOOR: Me = { ...ADMIN, id: 'd0d0d0d0-0000-4000-8000-000000000009', roles: ['door'] };

export const ROOM: Room = {
  performance: {
    id: PERFORMANCE_ID,
    startsAt: '2026-11-24T20:00:00.000Z',
    doorsAt: '2026-11-24T18:00:00.000Z',
    status: 'on_sale',
    showTitleFr: 'Plumes & Paillettes',
    showTitleEn: 'Feathers & Sequins',
  },
  sameDay: [
    {
      id: PERFORMANCE_ID,
      startsAt: '2026-11-24T20:00:00.000Z',
      showTitleFr: 'Plumes & Paillettes',
      showTitleEn: 'Feathers & Sequins',
    },
  ],
  zones: [
    {
      id: ZONE,
      nameFr: 'Carré Or',
      nameEn: 'Gold Circle',
      seatsLeft: 20,
      formulas: [
        {
          formulaId: 'f1f1f1f1-0000-4000-8000-000000000002',
          nameFr: 'Spectacle seul',
          nameEn: 'Show only',
          priceCents: 7500,
        },
        {
          formulaId: 'f1f1f1f1-0000-4000-8000-000000000001',
          nameFr: 'Dîner-spectacle',
          nameEn: 'Dinner and show',
          priceCents: 18000,
        },
      ],
    },
  ],
  sellBeyondPlan: false,
  tables: [
    {
      id: T1,
      zoneId: ZONE,
      label: 'C1',
      seats: 4,
      shape: 'round',
      x: 0,
      y: 0,
      shared: false,
      seated: 3,
      held: 0,
    },
    {
      id: T2,
      zoneId: ZONE,
      label: 'C2',
      seats: 4,
      shape: 'round',
      x: 120,
      y: 0,
      shared: false,
      seated: 2,
      held: 0,
    },
    {
      id: T3,
      zoneId: ZONE,
      label: 'C3',
      seats: 6,
      shape: 'square',
      x: 240,
      y: 0,
      shared: false,
      seated: 0,
      held: 0,
    },
  ],
  parties: [
    {
      bookingId: ALICE,
      reference: 'ABCDEFGH',
      status: 'confirmed',
      name: 'Alice Martin',
      partySize: 3,
      formulas: [
        {
          formulaId: 'f1f1f1f1-0000-4000-8000-000000000001',
          nameFr: 'Dîner-spectacle',
          nameEn: 'Dinner show',
          guests: 3,
        },
      ],
      zoneIds: [ZONE],
      occasion: 'Anniversaire',
      dietary: ['Sans gluten'],
      arrivalAt: '2026-11-24T19:00:00.000Z',
      tables: [{ tableId: T1, guests: 3 }],
      contactPhone: '+33 6 12 34 56 78',
      proposal: null,
      walkIn: false,
    },
    {
      bookingId: BRUNO,
      reference: 'JKMNPQRS',
      status: 'confirmed',
      name: 'Bruno Petit',
      partySize: 2,
      formulas: [
        {
          formulaId: 'f1f1f1f1-0000-4000-8000-000000000002',
          nameFr: 'Spectacle seul',
          nameEn: 'Show only',
          guests: 2,
        },
      ],
      zoneIds: [ZONE],
      occasion: null,
      dietary: [],
      arrivalAt: '2026-11-24T19:30:00.000Z',
      tables: [{ tableId: T2, guests: 2 }],
      contactPhone: null,
      proposal: null,
      walkIn: false,
    },
  ],
};
