// Contract-shaped answers of the catalogue endpoints, for the back office's unit tests.
import type { AdminShow, AdminZone } from '@ladiva/contract/backoffice-catalogue';

export const ZONE_ID = '5d0c1b6e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
export const T1 = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const T2 = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

export const ZONES: AdminZone[] = [
  {
    id: ZONE_ID,
    code: 'carre-or',
    nameFr: 'Carré Or',
    nameEn: 'Golden Circle',
    descriptionFr: '',
    descriptionEn: '',
    sort: 0,
    seats: 6,
    tables: [
      {
        id: T1,
        zoneId: ZONE_ID,
        label: 'C1',
        seats: 4,
        shape: 'round',
        x: 100,
        y: 200,
        shared: false,
        neighbourIds: [T2],
      },
      {
        id: T2,
        zoneId: ZONE_ID,
        label: 'C2',
        seats: 2,
        shape: 'round',
        x: 220,
        y: 200,
        shared: false,
        neighbourIds: [T1],
      },
    ],
  },
];

export const SHOW: AdminShow = {
  id: '7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928',
  slug: 'plumes-et-paillettes',
  titleFr: 'Plumes et Paillettes',
  titleEn: 'Feathers and Sequins',
  descriptionFr: '',
  descriptionEn: '',
  durationMinutes: 120,
  imagePath: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  upcomingPerformances: 0,
};
