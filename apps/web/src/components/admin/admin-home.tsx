// The staff app's landing page (and its answer to an address it does not know): the areas this
// staff member's roles open, grouped as in the navigation, then the messages tools.
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useStaffT, type PlainStaffKey } from './staff-messages';
import { useSession } from '../../lib/auth/use-session';
import { useAdminT } from './admin-messages';
import { AREA_GROUPS, AREA_ROLES, MESSAGE_TOOL_ROLES, type MessageTool } from './areas';
import { PageHeading } from '../shared/heading';
import { eyebrowClass } from '../shared/heading-class';
import { panelClass } from '../shared/panel-class';

const TOOLS: readonly {
  tool: MessageTool;
  to: string;
  title: PlainStaffKey;
  text: PlainStaffKey;
}[] = [
  {
    tool: 'mailbox',
    to: '/admin/messages/mailbox',
    title: 'admin.nav.mailbox',
    text: 'admin.home.mailbox',
  },
  { tool: 'log', to: '/admin/messages/log', title: 'admin.nav.log', text: 'admin.home.log' },
  {
    tool: 'templates',
    to: '/admin/messages/templates',
    title: 'admin.nav.templates',
    text: 'admin.home.templates',
  },
];

export function AdminHome() {
  const { t } = useStaffT();
  const { at } = useAdminT();
  const state = useSession();
  const roles: readonly string[] = state.status === 'signed_in' ? state.session.user.roles : [];
  useDocumentTitle(t('meta.admin'));
  const tools = TOOLS.filter(({ tool }) =>
    MESSAGE_TOOL_ROLES[tool].some((role) => roles.includes(role)),
  );
  return (
    <div className="max-w-4xl">
      <PageHeading title={t('admin.title')} lead={t('admin.text')} />

      {AREA_GROUPS.map((group) => {
        const areas = group.areas.filter((area) =>
          AREA_ROLES[area].some((role) => roles.includes(role)),
        );
        if (areas.length === 0) return null;
        return (
          <section key={group.title} aria-labelledby={`home-${group.title}`}>
            <h2 id={`home-${group.title}`} className={`${eyebrowClass} mt-8`}>
              {at(group.title)}
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-3">
              {areas.map((area) => (
                <li key={area}>
                  <Link
                    to={`/admin/${area}`}
                    className={`${panelClass({ padded: false })} group block h-full p-4 transition-colors hover:border-gold/40`}
                  >
                    <span className="font-medium text-cream group-hover:text-gold-bright">
                      {at(`nav.${area}`)}
                    </span>
                    <span className="mt-1 block text-sm text-mist">{at(`home.${area}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      {tools.length > 0 && (
        <>
          <h2 className={`${eyebrowClass} mt-8`}>{t('admin.nav.messages')}</h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-3">
            {tools.map((tool) => (
              <li key={tool.to}>
                <Link
                  to={tool.to}
                  className={`${panelClass({ padded: false })} group block h-full p-4 transition-colors hover:border-gold/40`}
                >
                  <span className="font-medium text-cream group-hover:text-gold-bright">
                    {t(tool.title)}
                  </span>
                  <span className="mt-1 block text-sm text-mist">{t(tool.text)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
