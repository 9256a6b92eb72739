// The party step tells each formula's arrival as a clock time computed from the performance's
// curtain and the formula's offset (what the ticket will say): other data, other times.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n-provider';
import type { PerformanceAvailability, ShowDetail } from '../api/types';
import { PartyStep } from './party-step';

const ZONE = '33333333-3333-4333-8333-333333333333';
const formula = (id: string, nameFr: string, arrivalMinutesBefore: number) => ({
  id,
  code: id.slice(0, 4),
  nameFr,
  nameEn: nameFr,
  descriptionFr: '',
  descriptionEn: '',
  arrivalMinutesBefore,
  menu: {},
  prices: [{ zoneId: ZONE, priceCents: 10000 }],
});
const DINNER = formula('55555555-5555-4555-8555-555555555555', 'Dîner-spectacle', 120);
const SHOW_ONLY = formula('66666666-6666-4666-8666-666666666666', 'Spectacle seul', 30);

const show = (formulas: ShowDetail['formulas']) =>
  ({ formulas, zones: [], extras: [] }) as unknown as ShowDetail;
const availability = (startsAt: string) =>
  ({
    startsAt,
    maxParty: 12,
    zones: [
      {
        zoneId: ZONE,
        seatsLeft: 40,
        prices: [DINNER, SHOW_ONLY].map((f) => ({ formulaId: f.id, priceCents: 10000 })),
      },
    ],
  }) as unknown as PerformanceAvailability;

function arrivals(startsAt: string, formulas: ShowDetail['formulas']) {
  const { unmount } = render(
    <I18nProvider>
      <PartyStep
        selection={{ partySize: 2, formulaId: null, zoneId: null, extras: {} }}
        dispatch={vi.fn()}
        show={show(formulas)}
        availability={availability(startsAt)}
      />
    </I18nProvider>,
  );
  const times = screen.getAllByText(/^Arrivée conseillée à/).map((line) => line.textContent);
  unmount();
  return times;
}

describe('party step: each formula’s arrival', () => {
  it('is the curtain (Paris time) minus the formula’s offset', () => {
    // 20:00Z on 4 December is 21:00 in Paris.
    expect(arrivals('2026-12-04T20:00:00.000Z', [DINNER, SHOW_ONLY])).toEqual([
      'Arrivée conseillée à 19:00',
      'Arrivée conseillée à 20:30',
    ]);
  });

  it('follows the data: an earlier curtain in summer time, a longer dinner', () => {
    // 17:30Z on 7 June is 19:30 in Paris.
    expect(
      arrivals('2026-06-07T17:30:00.000Z', [{ ...DINNER, arrivalMinutesBefore: 150 }, SHOW_ONLY]),
    ).toEqual(['Arrivée conseillée à 17:00', 'Arrivée conseillée à 19:00']);
  });
});
