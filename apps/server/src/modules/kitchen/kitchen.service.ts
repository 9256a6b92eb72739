// The kitchen sheet (#6 item 7): covers per formula, dishes per course, extras, and the parties
// with dietary notes at their tables — for one performance or a Paris day. No contact details
// nor prices: the data comes from migration 0014's functions, which return nothing else.
import type { KitchenSheet } from '@ladiva/contract/reports';
import type { Db } from '../../db/database.ts';
import { sqlState } from '../../db/pg-errors.ts';
import { withRequestContext, type RequestClaims } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import * as repository from './kitchen.repository.ts';

/** The guest flow's courses, in serving order; other courses of a menu follow alphabetically. */
const COURSE_ORDER = ['starter', 'main', 'dessert'];

export function coursesOf(menu: Record<string, unknown>): string[] {
  const courses = Object.keys(menu).filter((key) => Array.isArray(menu[key]));
  const rank = (course: string) => {
    const index = COURSE_ORDER.indexOf(course);
    return index === -1 ? COURSE_ORDER.length : index;
  };
  return courses.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

type Dish = KitchenSheet['performances'][number]['dishes'][number];

/**
 * The dishes of one performance: per formula and course, each chosen dish, then the guests who
 * have not chosen that course yet (code null); choices the menu does not list come last.
 */
export function dishesOf(
  covers: Awaited<ReturnType<typeof repository.kitchenCovers>>,
  chosen: Awaited<ReturnType<typeof repository.kitchenDishes>>,
): Dish[] {
  const dishes: Dish[] = [];
  for (const cover of covers) {
    const ofFormula = chosen.filter((dish) => dish.formulaId === cover.formulaId);
    for (const course of coursesOf(cover.menu)) {
      const ofCourse = ofFormula.filter((dish) => dish.course === course);
      for (const { performanceId: _, ...dish } of ofCourse) dishes.push(dish);
      const pending = cover.guests - ofCourse.reduce((sum, dish) => sum + dish.guests, 0);
      if (pending > 0) {
        dishes.push({
          formulaId: cover.formulaId,
          course,
          code: null,
          nameFr: null,
          nameEn: null,
          guests: pending,
        });
      }
    }
    for (const { performanceId: _, ...dish } of ofFormula.filter((d) => d.course === null)) {
      dishes.push(dish);
    }
  }
  return dishes;
}

export async function kitchenSheet(
  db: Db,
  claims: RequestClaims,
  target: repository.KitchenTarget,
): Promise<KitchenSheet> {
  try {
    return await withRequestContext(db, claims, async (tx) => {
      const performances = await repository.kitchenPerformances(tx, target);
      if ('performanceId' in target && performances.length === 0) {
        throw notFound('This performance does not exist.');
      }
      const ids = performances.map((performance) => performance.id);
      // One after the other: a transaction is one connection.
      const covers = await repository.kitchenCovers(tx, ids);
      const dishes = await repository.kitchenDishes(tx, ids);
      const parties = await repository.kitchenParties(tx, ids);
      const extras = await repository.kitchenExtras(tx, ids);
      const of = <T extends { performanceId: string }>(rows: T[], id: string) =>
        rows.filter((row) => row.performanceId === id);
      return {
        date: 'date' in target ? target.date : null,
        performances: performances.map((performance) => {
          const ownCovers = of(covers, performance.id);
          return {
            id: performance.id,
            startsAt: performance.startsAt.toISOString(),
            showTitleFr: performance.showTitleFr,
            showTitleEn: performance.showTitleEn,
            covers: ownCovers.map(({ formulaId, code, nameFr, nameEn, guests }) => ({
              formulaId,
              code,
              nameFr,
              nameEn,
              guests,
            })),
            dishes: dishesOf(ownCovers, of(dishes, performance.id)),
            extras: of(extras, performance.id).map(({ performanceId: _, ...extra }) => extra),
            parties: of(parties, performance.id).map(({ performanceId: _, ...party }) => party),
          };
        }),
      };
    });
  } catch (error) {
    // 42501 from kitchen_guests: the claims do not allow the sheet (the route checked first).
    if (sqlState(error) === '42501') {
      throw new AppError('FORBIDDEN', 403, 'Your role does not give access to this.');
    }
    throw error;
  }
}
