// Contract-shaped answers of GET /api/admin/dashboard for the dashboard's unit tests.
import type { Me } from '@ladiva/contract/auth';
import { ADMIN } from '../../../test-utils';
import type { Dashboard, DashboardPerformance } from './use-dashboard';

export const DOOR: Me = { ...ADMIN, id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', roles: ['door'] };

export const PERFORMANCE: DashboardPerformance = {
  id: '3f2e1d0c-9b8a-4765-8432-10fedcba9876',
  startsAt: '2026-11-26T20:00:00.000Z',
  status: 'on_sale',
  salesClosed: false,
  showTitleFr: 'Plumes & Paillettes',
  showTitleEn: 'Feathers & Sequins',
  zones: [
    {
      zoneId: '11111111-1111-4111-8111-111111111111',
      code: 'carre-or',
      nameFr: 'Carré Or',
      nameEn: 'Golden Circle',
      capacity: 40,
      held: 2,
      sold: 12,
      fillRate: 0.3,
    },
    {
      zoneId: '22222222-2222-4222-8222-222222222222',
      code: 'bar',
      nameFr: 'Bar',
      nameEn: 'Bar',
      capacity: 20,
      held: 0,
      sold: 20,
      fillRate: 1,
    },
  ],
  covers: [
    {
      formulaId: '33333333-3333-4333-8333-333333333333',
      code: 'diner-spectacle',
      nameFr: 'Dîner-spectacle',
      nameEn: 'Dinner and show',
      guests: 12,
    },
    {
      formulaId: '44444444-4444-4444-8444-444444444444',
      code: 'spectacle',
      nameFr: 'Spectacle seul',
      nameEn: 'Show only',
      guests: 20,
    },
  ],
  arrivals: [
    { at: '2026-11-26T18:00:00.000Z', guests: 12, checkedIn: 0 },
    { at: '2026-11-26T19:30:00.000Z', guests: 20, checkedIn: 3 },
  ],
  revenueCents: 412_000,
};

export function dashboardAnswer(
  overrides: Partial<Dashboard> = {},
  performance: DashboardPerformance = PERFORMANCE,
): Dashboard {
  return {
    from: '2026-11-24',
    to: '2026-11-30',
    performances: [performance],
    total: 1,
    series: {
      from: '2026-10-26',
      to: '2026-11-24',
      days: [
        { date: '2026-11-23', bookings: 4, guests: 10, cancelled: 1, revenueCents: 150_000 },
        { date: '2026-11-24', bookings: 2, guests: 6, cancelled: 0, revenueCents: 90_000 },
      ],
      bySource: [
        { source: 'web', bookings: 5, guests: 12 },
        { source: 'phone', bookings: 1, guests: 4 },
        { source: 'admin', bookings: 0, guests: 0 },
      ],
    },
    ...overrides,
  };
}

/** The same answer as the API gives the door: no revenue anywhere. */
export function doorAnswer(): Dashboard {
  const { revenueCents: _, ...performance } = PERFORMANCE;
  const answer = dashboardAnswer({}, performance);
  return {
    ...answer,
    series: {
      ...answer.series,
      days: answer.series.days.map(({ revenueCents: _r, ...day }) => day),
    },
  };
}
