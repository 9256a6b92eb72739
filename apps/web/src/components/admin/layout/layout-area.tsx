// /admin/layout: the venue's floor plan. Box office reads it; admins and managers edit it.
import { useZones } from '../catalogue/api/use-zones';
import { EDITOR_ROLES } from '../areas';
import { ReadOnlyNote } from '../catalogue/read-only-note';
import { EmptyState, Loading, QueryError } from '../ui/feedback';
import { PageHeader } from '../ui/page-header';
import { useHasRole } from '../ui/use-has-role';
import { LayoutEditor } from './layout-editor';
import { useLayoutT } from './messages';

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
      {items && items.length === 0 && <EmptyState>{at('emptyZones')}</EmptyState>}
      {items && items.length > 0 && <LayoutEditor zones={items} editable={editable} />}
    </div>
  );
}
