import { useId } from 'react';
import { field, label } from '../ui/classes';
import { useReportsT } from './messages';
import { SALES_GROUPS, type ReportFilters } from './report-filters';

/** What a sales row is (performance, zone, formula, day, week, month) and which date counts. */
export function SalesOptions({
  filters,
  onChange,
}: {
  filters: ReportFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useReportsT();
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-44">
        <label htmlFor={`${id}-group`} className={label}>
          {at('sales.groupBy')}
        </label>
        <select
          id={`${id}-group`}
          value={filters.group}
          onChange={(event) => onChange({ group: event.target.value })}
          className={field}
        >
          {SALES_GROUPS.map((group) => (
            <option key={group} value={group}>
              {at(`sales.group.${group}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="w-56">
        <label htmlFor={`${id}-basis`} className={label}>
          {at('sales.dateBasis')}
        </label>
        <select
          id={`${id}-basis`}
          value={filters.basis}
          onChange={(event) =>
            onChange({ basis: event.target.value === 'sale' ? 'sale' : undefined })
          }
          className={field}
        >
          <option value="performance">{at('sales.basis.performance')}</option>
          <option value="sale">{at('sales.basis.sale')}</option>
        </select>
      </div>
    </div>
  );
}
