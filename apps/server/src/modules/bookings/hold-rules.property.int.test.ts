// The hold rules live in two places (ADR 0025): public.hold_batch decides a new hold in SQL (the
// rush's one statement per batch), and the engine's change path decides a change in TypeScript
// (updateBooking: party size, prices, extras, places). This property drives the same random
// choices — formulas sold or not in a zone, unknown formulas and extras, parties up to 16, zones
// from empty to roomy — through both, on the real database, and asserts the same verdict (held,
// or the same error code and fields) and, when held, the same party size and price.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { createHold, updateBooking } from './booking.service.ts';

const anon: RequestClaims = { role: 'anon' };
const UNKNOWN = randomUUID();

type Verdict =
  | { held: true; partySize: number; totalCents: number }
  | { held: false; code: string; fields?: string[] };

async function verdict(run: () => Promise<{ partySize: number; totalCents: number }>) {
  try {
    const { partySize, totalCents } = await run();
    return { held: true, partySize, totalCents } as Verdict;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = (error.details as { fields?: { path: string; code: string }[] } | undefined)
      ?.fields;
    return {
      held: false,
      code: error.code,
      ...(fields ? { fields: fields.map((f) => `${f.path}:${f.code}`) } : {}),
    } as Verdict;
  }
}

describe('the hold rules, in SQL and in TypeScript (property)', () => {
  let database: TestDatabase;
  let catalogue: TestCatalogue;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 4 });
    catalogue = await createTestCatalogue(database.owner);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a new hold and a change to the same choices get the same verdict and price', async () => {
    const { formulas, zones, extraId } = catalogue;
    const line = fc.record({
      formulaId: fc.constantFrom(formulas.show, formulas.dinner, UNKNOWN),
      zoneId: fc.constantFrom(zones.main, zones.bar),
      guests: fc.integer({ min: 1, max: 8 }),
    });
    const extra = fc.record({
      extraId: fc.constantFrom(extraId, UNKNOWN),
      quantity: fc.integer({ min: 1, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 3 }),
        fc.array(extra, { maxLength: 2 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 14 }),
        async (lines, extras, main, bar) => {
          // A new hold, on a performance of its own.
          const fresh = await catalogue.performance({ main, bar });
          const asHold = await verdict(() =>
            createHold(database.db, anon, { performanceId: fresh, lines, extras }),
          );
          // The same choices as a change of a one-guest hold, on a performance whose room is the
          // same once that guest's place is given back.
          const changed = await catalogue.performance({ main, bar });
          const base = await createHold(database.db, anon, {
            performanceId: changed,
            lines: [{ formulaId: formulas.show, zoneId: zones.main, guests: 1 }],
          });
          const asChange = await verdict(() =>
            updateBooking(
              { db: database.db },
              { claims: anon, grantedBookingId: base.bookingId },
              base.bookingId,
              { lines, extras },
            ),
          );
          expect(asChange).toEqual(asHold);
        },
      ),
      { numRuns: 60 },
    );
  });
});
