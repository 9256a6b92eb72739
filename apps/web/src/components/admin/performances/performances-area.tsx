// /admin/performances: the list with its filters, one performance, a new one, a whole season.
// Box office reads; admins and managers change (the API and the database say so again).
import { Route, Routes, useParams } from 'react-router';
import { EDITOR_ROLES } from '../areas';
import { ReadOnlyNote } from '../catalogue/read-only-note';
import { useHasRole } from '../ui/use-has-role';
import { CreatePerformancePage } from './create-performance-page';
import { usePerformancesT } from './messages';
import { PerformanceDetail } from './performance-detail';
import { PerformancesList } from './performances-list';
import { SeasonPage } from './season-page';

function DetailRoute({ editor }: { editor: boolean }) {
  const { id = '' } = useParams();
  return <PerformanceDetail key={id} id={id} editor={editor} />;
}

export default function PerformancesArea() {
  const { at } = usePerformancesT();
  const editor = useHasRole(EDITOR_ROLES);
  return (
    <div className="max-w-6xl">
      {!editor && <ReadOnlyNote>{at('readOnly')}</ReadOnlyNote>}
      <Routes>
        <Route index element={<PerformancesList editor={editor} />} />
        {editor && <Route path="season" element={<SeasonPage />} />}
        {editor && <Route path="new" element={<CreatePerformancePage />} />}
        <Route path=":id" element={<DetailRoute editor={editor} />} />
      </Routes>
    </div>
  );
}
