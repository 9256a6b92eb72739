import { describe, expect, it } from 'vitest';
import { lowestPrice, priceIn, totalsOf } from './pricing';

const zones = [
  {
    zoneId: 'gold',
    code: 'carre-or',
    nameFr: 'Carré Or',
    nameEn: 'Golden Circle',
    capacity: 40,
    seatsLeft: 3,
    prices: [
      { formulaId: 'show', priceCents: 12500 },
      { formulaId: 'dinner', priceCents: 21500 },
    ],
  },
  {
    zoneId: 'bar',
    code: 'bar',
    nameFr: 'Bar',
    nameEn: 'Bar',
    capacity: 40,
    seatsLeft: 30,
    prices: [{ formulaId: 'show', priceCents: 7500 }],
  },
];
const extras = [
  { id: 'bottle', code: 'b', nameFr: 'Bouteille', nameEn: 'Bottle', priceCents: 9500 },
  { id: 'cake', code: 'c', nameFr: 'Gâteau', nameEn: 'Cake', priceCents: 3500 },
];

describe('prices', () => {
  it('reads the price of a formula in a zone, null where the zone does not sell it', () => {
    expect(priceIn(zones, 'gold', 'dinner')).toBe(21500);
    expect(priceIn(zones, 'bar', 'dinner')).toBeNull();
  });

  it('quotes "from" over the zones with room for the party', () => {
    expect(lowestPrice(zones, 'show', 2)).toBe(7500);
    expect(lowestPrice(zones, 'dinner', 2)).toBe(21500);
    expect(lowestPrice(zones, 'dinner', 4)).toBeNull(); // only 3 left in the Carré Or
  });

  it('totals the seats and the extras', () => {
    const totals = totalsOf(
      { partySize: 2, formulaId: 'dinner', zoneId: 'gold', extras: { bottle: 1, cake: 0 } },
      zones,
      extras,
    );
    expect(totals.seats).toMatchObject({ quantity: 2, unitCents: 21500, totalCents: 43000 });
    expect(totals.extras).toEqual([
      { id: 'bottle', quantity: 1, unitCents: 9500, totalCents: 9500 },
    ]);
    expect(totals.totalCents).toBe(52500);
  });

  it('totals only the extras before a zone is chosen', () => {
    const totals = totalsOf(
      { partySize: 2, formulaId: 'dinner', zoneId: null, extras: { cake: 2 } },
      zones,
      extras,
    );
    expect(totals.seats).toBeNull();
    expect(totals.totalCents).toBe(7000);
  });
});
