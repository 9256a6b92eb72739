import { Link, NavLink } from 'react-router';
import { useStaffT } from './staff-messages';
import { useSession } from '../../lib/auth/use-session';
import { useAdminT } from './admin-messages';
import { AREA_GROUPS, AREA_ROLES, MESSAGE_TOOL_ROLES, MESSAGE_TOOLS, type Area } from './areas';
import { ArrowLeftIcon } from './ui/channel-icon';

// The current place is marked in gold: underlined in the phone's row, a left rule in the sidebar.
const item = ({ isActive }: { isActive: boolean }) =>
  `flex min-h-10 shrink-0 items-center rounded-md px-3 text-sm whitespace-nowrap transition-colors ${
    isActive
      ? 'bg-white/[0.07] font-medium text-cream shadow-[inset_0_-2px_0_var(--color-gold)] lg:shadow-[inset_2px_0_0_var(--color-gold)]'
      : 'text-mist hover:bg-white/[0.04] hover:text-cream'
  }`;

/** `aria-current="page"` comes with NavLink. */
const groupTitle =
  'mt-4 mb-1 hidden px-3 text-[0.7rem] font-semibold tracking-[0.2em] text-gold/80 uppercase lg:block';

export function AdminNav() {
  const { t } = useStaffT();
  const { at } = useAdminT();
  const state = useSession();
  const roles: readonly string[] = state.status === 'signed_in' ? state.session.user.roles : [];
  const admin = roles.includes('admin');
  const reaches = (area: Area) => AREA_ROLES[area].some((role) => roles.includes(role));
  const tools = MESSAGE_TOOLS.filter((tool) =>
    MESSAGE_TOOL_ROLES[tool].some((role) => roles.includes(role)),
  );
  return (
    <nav aria-label={t('admin.nav.label')} className="border-b border-white/10 lg:border-0 lg:pt-6">
      <div className="flex gap-1 overflow-x-auto px-4 py-2 sm:px-6 lg:sticky lg:top-6 lg:flex-col lg:overflow-visible lg:p-0">
        {/* On a phone the logo leads home: the row keeps its room for the tools. */}
        <NavLink to="/admin" end className={(state) => `${item(state)} max-lg:hidden`}>
          {t('admin.nav.home')}
        </NavLink>
        {AREA_GROUPS.map((group) => {
          const areas = group.areas.filter(reaches);
          if (areas.length === 0) return null;
          return (
            <div key={group.title} className="contents">
              <p className={groupTitle}>{at(group.title)}</p>
              {areas.map((area) => (
                <NavLink key={area} to={`/admin/${area}`} className={item}>
                  {at(`nav.${area}`)}
                </NavLink>
              ))}
            </div>
          );
        })}
        {tools.length > 0 && <p className={groupTitle}>{t('admin.nav.messages')}</p>}
        {tools.map((tool) => (
          <NavLink key={tool} to={`/admin/messages/${tool}`} className={item}>
            {t(`admin.nav.${tool}`)}
          </NavLink>
        ))}
        {admin && (
          <>
            <p className={groupTitle}>{t('admin.nav.team')}</p>
            <NavLink to="/admin/staff" className={item}>
              {t('admin.nav.staff')}
            </NavLink>
            <NavLink to="/admin/audit" className={item}>
              {t('admin.nav.audit')}
            </NavLink>
          </>
        )}
        <Link
          to="/"
          className="flex min-h-10 shrink-0 items-center gap-1.5 rounded-md px-3 text-sm whitespace-nowrap text-mist hover:text-gold-bright lg:mt-6"
        >
          <ArrowLeftIcon className="size-3.5" />
          {t('admin.back')}
        </Link>
      </div>
    </nav>
  );
}
