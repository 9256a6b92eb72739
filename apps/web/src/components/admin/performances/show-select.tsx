import { useShows } from '../catalogue/api/use-shows';
import { usePerformancesT } from './messages';
import { controlClass } from '../../shared/field';

/** The show a new performance or season is of. */
export function ShowSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { at, locale } = usePerformancesT();
  const shows = useShows({ limit: 200, offset: 0 });
  return (
    <div>
      <label htmlFor="perf-show" className="mb-1 block text-xs font-medium text-mist">
        {at('form.show')}
      </label>
      <select
        id="perf-show"
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={controlClass}
      >
        <option value="">{at('form.chooseShow')}</option>
        {shows.data?.items.map((show) => (
          <option key={show.id} value={show.id}>
            {locale === 'fr' ? show.titleFr : show.titleEn}
          </option>
        ))}
      </select>
    </div>
  );
}
