// /admin/performances/season
import { useZones } from '../catalogue/api/use-zones';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { PageHeader } from '../ui/page-header';
import { usePerformancesT } from './messages';
import { SeasonForm } from './season-form';
import { ButtonLink } from '../../shared/button';

export function SeasonPage() {
  const { at } = usePerformancesT();
  const zones = useZones();
  return (
    <>
      <PageHeader
        eyebrow={at('title')}
        title={at('season.title')}
        lead={at('season.lead')}
        actions={<ButtonLink to="/admin/performances">{at('back')}</ButtonLink>}
      />
      {zones.loading && <Loading />}
      {zones.error && <QueryError error={zones.error} onRetry={zones.reload} />}
      {zones.data && <SeasonForm zones={zones.data.items} />}
    </>
  );
}
