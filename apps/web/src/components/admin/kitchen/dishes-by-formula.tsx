import { useKitchenT } from './messages';
import { block, blockTitle, td } from './sheet-classes';
import type { KitchenPerformance } from './use-kitchen-sheet';

type Dish = KitchenPerformance['dishes'][number];

/** The courses in the order they are served; others after them, then choices outside the menu. */
const COURSE_ORDER = ['starter', 'main', 'dessert'];
const courseRank = (course: string | null) => {
  if (course === null) return COURSE_ORDER.length + 1;
  const index = COURSE_ORDER.indexOf(course);
  return index === -1 ? COURSE_ORDER.length : index;
};

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Per formula with a menu, per course: each dish and how many, and who has not chosen yet. */
export function DishesByFormula({ performance }: { performance: KitchenPerformance }) {
  const { at, num, locale } = useKitchenT();
  const formulas = groupBy(performance.dishes, (dish) => dish.formulaId);
  const courseTitle = (course: string | null) =>
    course === null
      ? at('dishes.other')
      : COURSE_ORDER.includes(course)
        ? at(`course.${course as 'starter' | 'main' | 'dessert'}`)
        : course;
  const dishName = (dish: Dish) =>
    dish.code === null
      ? at('dishes.notChosen')
      : ((locale === 'fr' ? dish.nameFr : dish.nameEn) ?? dish.code);

  return (
    <section aria-label={at('dishes.title')} className="space-y-4">
      {formulas.size === 0 && (
        <div className={block}>
          <h3 className={blockTitle}>{at('dishes.title')}</h3>
          <p className="p-3 text-sm text-mist">{at('dishes.none')}</p>
        </div>
      )}
      {[...formulas].map(([formulaId, dishes]) => {
        const cover = performance.covers.find((row) => row.formulaId === formulaId);
        const formulaName = cover ? (locale === 'fr' ? cover.nameFr : cover.nameEn) : '';
        const courses = [...groupBy(dishes, (dish) => dish.course)].sort(
          ([a], [b]) => courseRank(a) - courseRank(b),
        );
        return (
          <div key={formulaId} className={block}>
            <h3 className={blockTitle}>
              {at('dishes.title')} · {formulaName}
            </h3>
            <div className="grid gap-x-4 sm:grid-cols-3 print:grid-cols-3">
              {courses.map(([course, rows]) => (
                <table key={course ?? 'other'} className="w-full self-start text-sm">
                  <caption className="px-3 pt-2 text-left text-xs font-semibold tracking-wide text-gold/90 uppercase">
                    {courseTitle(course)}
                  </caption>
                  <tbody>
                    {[...rows]
                      .sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : 0))
                      .map((dish) => (
                        <tr key={dish.code ?? 'none'}>
                          <th
                            scope="row"
                            className={`${td} text-left font-normal ${
                              dish.code === null ? 'text-mist italic' : 'text-cream'
                            }`}
                          >
                            {dishName(dish)}
                          </th>
                          <td className={`${td} text-right font-semibold text-cream tabular-nums`}>
                            {num(dish.guests)}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
