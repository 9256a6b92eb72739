// /admin/catalogue: shows, formulas and their prices per zone, extras, sales rules, the venue. Everyone who
// sells reads it; admins and managers change it (the API and the database say so again).
import { NavLink, Route, Routes, useParams } from 'react-router';
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
import { navTab } from '../ui/classes';

function SectionNav() {
  const { at } = useCatalogueT();
  return (
    <nav
      aria-label={at('nav.label')}
      className="mb-5 flex gap-1 overflow-x-auto border-b border-white/10"
    >
      <NavLink to="/admin/catalogue" end className={navTab}>
        {at('nav.shows')}
      </NavLink>
      <NavLink to="/admin/catalogue/formulas" className={navTab}>
        {at('nav.formulas')}
      </NavLink>
      <NavLink to="/admin/catalogue/extras" className={navTab}>
        {at('nav.extras')}
      </NavLink>
      <NavLink to="/admin/catalogue/rules" className={navTab}>
        {at('nav.rules')}
      </NavLink>
      <NavLink to="/admin/catalogue/venue" className={navTab}>
        {at('nav.venue')}
      </NavLink>
    </nav>
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
