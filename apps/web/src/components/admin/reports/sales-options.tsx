import { useReportsT } from './messages';
import { SALES_GROUPS, type ReportFilters } from './report-filters';
import { SelectField } from '../../shared/field';

/** What a sales row is (performance, zone, formula, day, week, month) and which date counts. */
export function SalesOptions({
  filters,
  onChange,
}: {
  filters: ReportFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useReportsT();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        label={at('sales.groupBy')}
        className="w-44"
        value={filters.group}
        onChange={(event) => onChange({ group: event.target.value })}
      >
        {SALES_GROUPS.map((group) => (
          <option key={group} value={group}>
            {at(`sales.group.${group}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={at('sales.dateBasis')}
        className="w-56"
        value={filters.basis}
        onChange={(event) =>
          onChange({ basis: event.target.value === 'sale' ? 'sale' : undefined })
        }
      >
        <option value="performance">{at('sales.basis.performance')}</option>
        <option value="sale">{at('sales.basis.sale')}</option>
      </SelectField>
    </div>
  );
}
