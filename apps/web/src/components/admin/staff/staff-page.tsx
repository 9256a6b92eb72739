// /admin/staff: who works here, with which roles; invite, change, disable, reset 2FA.
import { useStaffT } from '../staff-messages';
import { useSession } from '../../../lib/auth/use-session';
import { useStaffMembers } from '../api/use-staff-members';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { RefreshButton } from '../ui/refresh-button';
import { InviteForm } from './invite-form';
import { MemberRow } from './member-row';
import { RequireAdmin } from './require-admin';

export function StaffPage() {
  const { t } = useStaffT();
  return (
    <div className="max-w-5xl">
      <PageHeader
        eyebrow={t('admin.nav.team')}
        title={t('admin.staff.title')}
        lead={t('admin.staff.lead')}
      />
      <RequireAdmin>
        <StaffContent />
      </RequireAdmin>
    </div>
  );
}

function StaffContent() {
  const { t } = useStaffT();
  const members = useStaffMembers();
  const state = useSession();
  const selfId = state.status === 'signed_in' ? state.session.user.id : null;
  const items = members.data?.items ?? [];
  return (
    <div className="space-y-6">
      <InviteForm />
      <section aria-labelledby="staff-list-title" aria-busy={members.loading}>
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id="staff-list-title" className="text-lg font-semibold text-cream">
            {t('admin.staff.listTitle', { count: items.length })}
          </h2>
          <RefreshButton onClick={members.reload} busy={members.fetching} />
        </div>
        {members.loading && <Loading />}
        {members.error && <QueryError error={members.error} onRetry={members.reload} />}
        {members.data && items.length === 0 && <EmptyState>{t('admin.staff.empty')}</EmptyState>}
        <ul className="space-y-3">
          {items.map((member) => (
            <MemberRow key={member.id} member={member} self={member.id === selfId} />
          ))}
        </ul>
      </section>
    </div>
  );
}
