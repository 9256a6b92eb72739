// The staff forms propose the venue's usual evening, the one the demo plays and the API assumes
// when the doors are left out: one constant, so a new performance never starts at another hour.
import { createPerformanceBodySchema } from '@ladiva/contract/backoffice-catalogue';
import { USUAL_EVENING } from '@ladiva/contract/venue';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { SHOW, ZONES } from '../layout/layout-fixtures';

const ROUTES = {
  'GET /api/admin/zones?limit=50': { body: { items: ZONES, total: 1, limit: 50, offset: 0 } },
  'GET /api/admin/shows?limit=200&offset=0': {
    body: { items: [SHOW], total: 1, limit: 200, offset: 0 },
  },
};

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("the staff forms' defaults are the venue's usual evening", () => {
  beforeEach(() => signInAs(ADMIN));

  it('a new performance: curtain and doors', async () => {
    stubApi(ROUTES);
    renderApp('/admin/performances/new');
    await screen.findByRole('option', { name: SHOW.titleFr });
    expect(value('Heure de début')).toBe(USUAL_EVENING.curtainTime);
    expect(value('Ouverture des portes (minutes avant)')).toBe(
      String(USUAL_EVENING.doorsMinutesBefore),
    );
  });

  it('a season: its first time and the doors', async () => {
    stubApi(ROUTES);
    renderApp('/admin/performances/season');
    await screen.findByRole('option', { name: SHOW.titleFr });
    expect(value('Heure 1')).toBe(USUAL_EVENING.curtainTime);
    expect(value('Ouverture des portes (minutes avant)')).toBe(
      String(USUAL_EVENING.doorsMinutesBefore),
    );
  });

  it('and the API assumes the same doors when a request leaves them out', () => {
    const body = createPerformanceBodySchema.parse({
      showId: SHOW.id,
      startsAt: '2026-11-26T20:00:00.000Z',
    });
    expect(body.doorsMinutesBefore).toBe(USUAL_EVENING.doorsMinutesBefore);
  });
});
