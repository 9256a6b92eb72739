// The public catalogue: what is played, when, and what is left. Read-only, as the caller.
import type {
  ListPerformancesQuery,
  PerformanceAvailability,
  PerformanceSummary,
  Show,
  ShowDetail,
} from '@ladiva/contract/booking';
import type { Evening } from '@ladiva/contract/evenings';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type RequestClaims } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import * as repository from './catalogue.repository.ts';

const DAY = 86_400_000;
/** The evenings are read from the coming four weeks: the rhythm a guest plans by. */
const EVENINGS_DAYS = 28;
/** The widest range one listPerformances answers: a little over the 90 days on sale. */
const MAX_RANGE_DAYS = 92;

type ShowRow = Awaited<ReturnType<typeof repository.listShows>>[number];
const toShow = ({ nextStartsAt, ...row }: ShowRow): Show => ({
  ...row,
  nextStartsAt: nextStartsAt ? new Date(nextStartsAt).toISOString() : null,
});

export function listShows(db: Db, claims: RequestClaims): Promise<Show[]> {
  return withRequestContext(db, claims, async (tx) => (await repository.listShows(tx)).map(toShow));
}

export async function getShow(
  db: Db,
  claims: RequestClaims,
  idOrSlug: string,
): Promise<ShowDetail> {
  return withRequestContext(db, claims, async (tx) => {
    const show = await repository.findShow(tx, idOrSlug);
    if (!show) throw notFound('This show does not exist.');
    const [zones, formulas, prices, extras] = [
      await repository.listZones(tx),
      await repository.listFormulas(tx),
      await repository.listPrices(tx),
      await repository.listExtras(tx),
    ];
    return {
      ...toShow(show),
      zones,
      formulas: formulas.map((formula) => ({
        ...formula,
        prices: prices
          .filter((price) => price.formulaId === formula.id)
          .map(({ zoneId, priceCents }) => ({ zoneId, priceCents })),
      })),
      extras,
    };
  });
}

export async function listPerformances(
  db: Db,
  claims: RequestClaims,
  query: ListPerformancesQuery,
): Promise<PerformanceSummary[]> {
  const from = query.from ? new Date(query.from) : new Date();
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + MAX_RANGE_DAYS * DAY);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY || to < from) {
    throw new AppError(
      'BAD_REQUEST',
      400,
      `The range must go forward, ${MAX_RANGE_DAYS} days at most.`,
    );
  }
  const rows = await withRequestContext(db, claims, (tx) =>
    repository.listPerformances(tx, { showId: query.showId, from, to }),
  );
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    doorsAt: row.doorsAt.toISOString(),
  }));
}

export async function getPerformanceAvailability(
  db: Db,
  claims: RequestClaims,
  performanceId: string,
): Promise<PerformanceAvailability> {
  return withRequestContext(db, claims, async (tx) => {
    const performance = await repository.findPerformance(tx, performanceId);
    if (!performance) throw notFound('This performance does not exist.');
    const zones = await repository.listPerformanceZones(tx, performanceId);
    const prices = await repository.listPrices(tx);
    const { cancellationDeadline, cancellationFeeCents, ...rest } = performance;
    return {
      ...rest,
      startsAt: performance.startsAt.toISOString(),
      doorsAt: performance.doorsAt.toISOString(),
      cancellationRules: {
        deadline: new Date(cancellationDeadline).toISOString(),
        feeCents: cancellationFeeCents,
      },
      zones: zones.map((zone) => ({
        ...zone,
        prices: prices
          .filter((price) => price.zoneId === zone.zoneId)
          .map(({ formulaId, priceCents }) => ({ formulaId, priceCents })),
      })),
    };
  });
}

/** The venue's evenings, as the home page words them: computed, never written (ADR 0028). */
export function listEvenings(db: Db, claims: RequestClaims): Promise<Evening[]> {
  return withRequestContext(db, claims, (tx) => repository.listEvenings(tx, EVENINGS_DAYS));
}
