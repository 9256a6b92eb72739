// /admin/catalogue: shows, formulas and their prices per zone, extras, sales rules, the venue. Everyone who
// sells reads it; admins and managers change it (the API and the database say so again).
import { Route, Routes, useParams } from 'react-router';
import { EDITOR_ROLES } from '../areas';
import { useHasRole } from '../ui/use-has-role';
import { ExtrasPage } from './extras-page';
import { FormulasPage } from './formulas-page';
import { useCatalogueT } from './messages';
import { ReadOnlyNote } from './read-only-note';
import { SalesRulesPage } from './sales-rules-page';
import { ShowEditor } from './show-editor';
import { ShowsPage } from './shows-page';
import { VenuePage } from './venue-page';
import { TabNav } from '../../shared/tabs';

function SectionNav() {
  const { at } = useCatalogueT();
  return (
    <TabNav
      label={at('nav.label')}
      className="mb-5"
      tabs={[
        { to: '/admin/catalogue', label: at('nav.shows'), end: true },
        { to: '/admin/catalogue/formulas', label: at('nav.formulas') },
        { to: '/admin/catalogue/extras', label: at('nav.extras') },
        { to: '/admin/catalogue/rules', label: at('nav.rules') },
        { to: '/admin/catalogue/venue', label: at('nav.venue') },
      ]}
    />
  );
}

export default function CatalogueArea() {
  const { at } = useCatalogueT();
  const editor = useHasRole(EDITOR_ROLES);
  return (
    <div className="max-w-6xl">
      <SectionNav />
      {!editor && <ReadOnlyNote>{at('readOnly')}</ReadOnlyNote>}
      <Routes>
        <Route index element={<ShowsPage editor={editor} />} />
        <Route path="shows/new" element={<ShowEditor key="new" id={null} editor={editor} />} />
        <Route path="shows/:id" element={<ShowEditorRoute editor={editor} />} />
        <Route path="formulas" element={<FormulasPage editor={editor} />} />
        <Route path="extras" element={<ExtrasPage editor={editor} />} />
        <Route path="rules" element={<SalesRulesPage editor={editor} />} />
        <Route path="venue" element={<VenuePage />} />
        <Route path="*" element={<ShowsPage editor={editor} />} />
      </Routes>
    </div>
  );
}

function ShowEditorRoute({ editor }: { editor: boolean }) {
  const { id = null } = useParams();
  return <ShowEditor key={id} id={id} editor={editor} />;
}
