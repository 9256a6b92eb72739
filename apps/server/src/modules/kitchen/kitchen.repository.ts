// The kitchen sheet's SQL. Bookings are read only through the SECURITY DEFINER functions of
// migration 0014 (kitchen_guests, kitchen_extras), which return kitchen data alone and check
// the caller's claims themselves: the kitchen has no read policy on bookings.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import { dayEnd, dayStart } from '../reports/paris-days.ts';

export type KitchenTarget = { performanceId: string } | { date: string };

/** The performance asked for, or the day's performances that are not cancelled. */
export async function kitchenPerformances(tx: Tx, target: KitchenTarget) {
  const where =
    'performanceId' in target
      ? sql`p.id = ${target.performanceId}::uuid`
      : sql`p.starts_at >= ${dayStart(target.date)} and p.starts_at < ${dayEnd(target.date)}
            and p.status <> 'cancelled'`;
  const { rows } = await sql<{
    id: string;
    startsAt: Date;
    showTitleFr: string;
    showTitleEn: string;
  }>`select p.id, p.starts_at, s.title_fr as show_title_fr, s.title_en as show_title_en
       from public.performances p join public.shows s on s.id = p.show_id
      where ${where}
      order by p.starts_at, p.id`.execute(tx);
  return rows;
}

export async function kitchenCovers(tx: Tx, ids: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    formulaId: string;
    code: string;
    nameFr: string;
    nameEn: string;
    menu: Record<string, unknown>;
    guests: number;
  }>`select g.performance_id, f.id as formula_id, f.code, f.name_fr, f.name_en, f.menu,
            count(*)::integer as guests
       from public.kitchen_guests(${ids}::uuid[]) g
       join public.formulas f on f.id = g.formula_id
      group by g.performance_id, f.id
      order by f.sort, f.code`.execute(tx);
  return rows;
}

/**
 * Dishes chosen, per formula and course. A choice is the dishes' codes in course order joined by
 * " / " (the guest flow's menuChoiceOf); each code is looked up in its formula's menu. A code the
 * menu does not list is counted with a null course, under its own text.
 */
export async function kitchenDishes(tx: Tx, ids: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    formulaId: string;
    course: string | null;
    code: string;
    nameFr: string | null;
    nameEn: string | null;
    guests: number;
  }>`select g.performance_id, g.formula_id, m.course, coalesce(m.code, t.code) as code,
            m.name_fr, m.name_en, count(*)::integer as guests
       from public.kitchen_guests(${ids}::uuid[]) g
       join public.formulas f on f.id = g.formula_id
       cross join lateral regexp_split_to_table(g.menu_choice, '\\s*/\\s*') as t (code)
       left join lateral (
         select c.key as course, o ->> 'code' as code, o ->> 'fr' as name_fr, o ->> 'en' as name_en
           from jsonb_each(f.menu) as c (key, value)
           cross join lateral jsonb_array_elements(
             case when jsonb_typeof(c.value) = 'array' then c.value else '[]'::jsonb end) as o
          where o ->> 'code' = t.code
          limit 1
       ) m on true
      where g.menu_choice is not null and t.code <> ''
      group by 1, 2, 3, 4, 5, 6
      order by 4`.execute(tx);
  return rows;
}

/** Parties with dietary notes or an occasion, at their tables. */
export async function kitchenParties(tx: Tx, ids: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    bookingId: string;
    partyName: string | null;
    partySize: number;
    tables: string[];
    occasion: string | null;
    dietaryNotes: string[];
  }>`select g.performance_id, g.booking_id, g.party_name, g.party_size,
            g.table_labels as tables, g.occasion,
            coalesce(array_agg(g.dietary_notes order by g.guest_no)
                       filter (where g.dietary_notes is not null), '{}') as dietary_notes
       from public.kitchen_guests(${ids}::uuid[]) g
      group by g.performance_id, g.booking_id, g.party_name, g.party_size, g.table_labels,
               g.occasion
     having count(g.dietary_notes) > 0 or g.occasion is not null
      order by g.table_labels[1] nulls last, g.party_name, g.booking_id`.execute(tx);
  return rows;
}

export async function kitchenExtras(tx: Tx, ids: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    extraId: string;
    code: string;
    nameFr: string;
    nameEn: string;
    quantity: number;
  }>`select e.performance_id, x.id as extra_id, x.code, x.name_fr, x.name_en, e.quantity
       from public.kitchen_extras(${ids}::uuid[]) e
       join public.extras x on x.id = e.extra_id
      order by x.sort, x.code`.execute(tx);
  return rows;
}
