// /admin/performances/season
import { Link } from 'react-router';
import { useZones } from '../catalogue/api/use-zones';
import { buttonSecondary } from '../ui/classes';
import { Loading, QueryError } from '../ui/feedback';
import { PageHeader } from '../ui/page-header';
import { usePerformancesT } from './messages';
import { SeasonForm } from './season-form';

export function SeasonPage() {
  const { at } = usePerformancesT();
  const zones = useZones();
  return (
    <>
      <PageHeader
        eyebrow={at('title')}
        title={at('season.title')}
        lead={at('season.lead')}
        actions={
          <Link to="/admin/performances" className={buttonSecondary}>
            {at('back')}
          </Link>
        }
      />
      {zones.loading && <Loading />}
      {zones.error && <QueryError error={zones.error} onRetry={zones.reload} />}
      {zones.data && <SeasonForm zones={zones.data.items} />}
    </>
  );
}
