import { USUAL_EVENING } from '@ladiva/contract/venue';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { SHOW, ZONES } from '../layout/layout-fixtures';
import { previewSeason } from './season-preview';

const ROUTES = {
  'GET /api/admin/zones?limit=50': { body: { items: ZONES, total: 1, limit: 50, offset: 0 } },
  'GET /api/admin/shows?limit=200&offset=0': {
    body: { items: [SHOW], total: 1, limit: 200, offset: 0 },
  },
};

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('season preview (pure)', () => {
  it('keeps every evening once across the change to summer time (29 March 2026)', () => {
    const preview = previewSeason({
      from: '2026-03-23',
      to: '2026-03-30',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['20:00', '15:00', '20:00'],
      exceptions: [],
    });
    expect(preview.problem).toBeNull();
    expect(preview.performances).toHaveLength(16);
    expect(preview.performances.filter((p) => p.date === '2026-03-29')).toEqual([
      { date: '2026-03-29', time: '15:00' },
      { date: '2026-03-29', time: '20:00' },
    ]);
    expect(new Set(preview.performances.map((p) => p.date)).size).toBe(8);
  });

  it('and back to winter time (25 October 2026), minus an exception', () => {
    const preview = previewSeason({
      from: '2026-10-19',
      to: '2026-10-25',
      weekdays: [5, 6, 7],
      times: ['21:00'],
      exceptions: ['2026-10-24', '2026-10-20'],
    });
    expect(preview.performances.map((p) => p.date)).toEqual(['2026-10-23', '2026-10-25']);
    expect(preview.exceptionsUsed).toBe(1);
  });

  it('refuses what the server would refuse', () => {
    const base = { weekdays: [1], times: ['20:00'], exceptions: [] };
    expect(previewSeason({ ...base, from: '2026-05-02', to: '2026-05-01' }).problem).toBe('order');
    expect(previewSeason({ ...base, from: '2026-01-01', to: '2027-03-01' }).problem).toBe(
      'tooLong',
    );
    expect(
      previewSeason({ ...base, from: '2026-01-01', to: '2026-01-31', times: ['25:00'] }).problem,
    ).toBe('noTime');
  });
});

describe('Performances → create a season', () => {
  beforeEach(() => signInAs(ADMIN));

  it('previews the count across a DST week, then shows what was created and skipped', async () => {
    const api = stubApi({
      ...ROUTES,
      'POST /api/admin/performances/season': {
        body: { planned: 13, created: 11, skipped: 2, timezone: 'Europe/Paris', createdIds: [] },
      },
    });
    renderApp('/admin/performances/season');
    await screen.findByRole('heading', { level: 1, name: 'Créer une saison' });
    await screen.findByRole('option', { name: SHOW.titleFr });

    fireEvent.change(screen.getByLabelText('Spectacle'), { target: { value: SHOW.id } });
    setDate('Première date', '2026-03-23');
    setDate('Dernière date', '2026-03-29');
    // Wednesday to Saturday are ticked at first: add Sunday.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dimanche' }));
    const preview = screen.getByTestId('season-count');
    expect(within(preview).getByText('5 représentation(s) seront créées')).toBeTruthy();

    // A matinee on top of the evening: twice as many; Sunday 29 March keeps both.
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une heure' }));
    expect(within(preview).getByText('10 représentation(s) seront créées')).toBeTruthy();
    expect(screen.getByText(/dim\. 29 mars 2026/, { selector: 'p' })).toBeTruthy();

    // One exception removes that evening's two performances.
    setDate('Date à exclure', '2026-03-27');
    fireEvent.click(screen.getByRole('button', { name: 'Exclure cette date' }));
    expect(within(preview).getByText('8 représentation(s) seront créées')).toBeTruthy();
    expect(within(preview).getByText('1 date(s) exclue(s)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Créer 8 représentation(s)' }));
    expect(
      await screen.findByText('11 représentation(s) créée(s), 2 déjà existante(s).'),
    ).toBeTruthy();
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      showId: SHOW.id,
      from: '2026-03-23',
      to: '2026-03-29',
      weekdays: [3, 4, 5, 6, 7],
      times: [USUAL_EVENING.curtainTime, '15:00'],
      doorsMinutesBefore: USUAL_EVENING.doorsMinutesBefore,
      exceptions: ['2026-03-27'],
    });
    await waitFor(() => expect(api.unexpected).toEqual([]));
  });
});
