// /admin/layout: the venue's floor plan and its zones. Box office reads them; admins and managers
// edit them.
import { Route, Routes } from 'react-router';
import { useZones } from '../catalogue/api/use-zones';
import { EDITOR_ROLES } from '../areas';
import { ReadOnlyNote } from '../catalogue/read-only-note';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { useHasRole } from '../ui/use-has-role';
import { LayoutEditor } from './layout-editor';
import { useLayoutT } from './messages';
import { ZonesPage } from './zones-page';
import { TabNav } from '../../shared/tabs';

export default function LayoutArea() {
  const { at } = useLayoutT();
  const editable = useHasRole(EDITOR_ROLES);
  const zones = useZones();
  // The editor starts from the first answer only: a refresh must never wipe unsaved changes.
  const items = zones.data ? [...zones.data.items].sort((a, b) => a.sort - b.sort) : null;
  return (
    <div className="max-w-screen-xl">
      <PageHeader eyebrow={at('eyebrow')} title={at('title')} lead={at('lead')} />
      {!editable && <ReadOnlyNote>{at('readOnly')}</ReadOnlyNote>}
      {zones.loading && <Loading lines={6} />}
      {zones.error && !zones.data && <QueryError error={zones.error} onRetry={zones.reload} />}
      <TabNav
        label={at('tabs.label')}
        className="mb-5"
        tabs={[
          { to: '/admin/layout', label: at('tabs.plan'), end: true },
          { to: '/admin/layout/zones', label: at('tabs.zones') },
        ]}
      />
      {items && (
        <Routes>
          <Route path="zones" element={<ZonesPage zones={items} editable={editable} />} />
          <Route
            path="*"
            element={
              items.length === 0 ? (
                <EmptyState>{at('emptyZones')}</EmptyState>
              ) : (
                // A new zone set (one was added) starts the editor afresh from the plan.
                <LayoutEditor
                  key={items.map((zone) => zone.id).join()}
                  zones={items}
                  editable={editable}
                />
              )
            }
          />
        </Routes>
      )}
    </div>
  );
}
