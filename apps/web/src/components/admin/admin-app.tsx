// The staff app. Its own lazy chunk (routes.tsx): a guest never downloads it, and the service
// worker does not precache it (vite.config.ts). Every file it imports from this folder lands in
// chunks named admin-*. Nothing renders before StaffGate has seen a staff session with 2FA.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AdminHome } from './admin-home';
import { AdminShell } from './admin-shell';
import { ApiStoreProvider } from './api/api-store-provider';
import { DeliveryLogPage } from './messages/delivery-log-page';
import { MailboxPage } from './messages/mailbox-page';
import { TemplatesPage } from './messages/templates-page';
import { StaffGate } from './staff-gate';
import { AuditPage } from './staff/audit-page';
import { StaffPage } from './staff/staff-page';
import { AREA_ROLES, MESSAGE_TOOL_ROLES, type Area } from './areas';
import { useAdminT } from './admin-messages';
import { RequireRoles } from './ui/require-roles';
import { useHasRole } from './ui/use-has-role';
import { useStaffT } from './staff-messages';
import { ToastProvider } from '../shared/toast';

// Each area of the back office is a chunk of its own, loaded when a staff member opens it.
const AREAS: Record<Area, LazyExoticComponent<ComponentType>> = {
  dashboard: lazy(() => import('./dashboard/dashboard-area')),
  bookings: lazy(() => import('./bookings/bookings-area')),
  room: lazy(() => import('./room/room-area')),
  kitchen: lazy(() => import('./kitchen/kitchen-area')),
  customers: lazy(() => import('./customers/customers-area')),
  performances: lazy(() => import('./performances/performances-area')),
  catalogue: lazy(() => import('./catalogue/catalogue-area')),
  layout: lazy(() => import('./layout/layout-area')),
  reports: lazy(() => import('./reports/reports-area')),
};

function AreaRoute({ area }: { area: Area }) {
  const { at } = useAdminT();
  const Page = AREAS[area];
  return (
    <RequireRoles roles={AREA_ROLES[area]}>
      <Suspense
        fallback={
          <p role="status" className="text-sm text-mist">
            {at('area.loading')}
          </p>
        }
      >
        <Page />
      </Suspense>
    </RequireRoles>
  );
}

/** The messages tools open on the mailbox for admins, on the delivery log for management. */
function MessagesIndex() {
  const admin = useHasRole(MESSAGE_TOOL_ROLES.mailbox);
  return <Navigate to={admin ? 'mailbox' : 'log'} replace />;
}

export default function AdminApp() {
  const { t } = useStaffT();
  return (
    <StaffGate>
      <ApiStoreProvider>
        {/* Above the routes: a note outlives the page that showed it (created, then opened). */}
        <ToastProvider closeLabel={t('admin.toast.close')}>
          <Routes>
            <Route element={<AdminShell />}>
              <Route index element={<AdminHome />} />
              <Route path="messages">
                <Route index element={<MessagesIndex />} />
                <Route
                  path="mailbox"
                  element={
                    <RequireRoles roles={MESSAGE_TOOL_ROLES.mailbox}>
                      <MailboxPage />
                    </RequireRoles>
                  }
                />
                <Route
                  path="log"
                  element={
                    <RequireRoles roles={MESSAGE_TOOL_ROLES.log}>
                      <DeliveryLogPage />
                    </RequireRoles>
                  }
                />
                <Route
                  path="templates"
                  element={
                    <RequireRoles roles={MESSAGE_TOOL_ROLES.templates}>
                      <TemplatesPage />
                    </RequireRoles>
                  }
                />
              </Route>
              {(Object.keys(AREAS) as Area[]).map((area) => (
                <Route key={area} path={`${area}/*`} element={<AreaRoute area={area} />} />
              ))}
              <Route path="staff" element={<StaffPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="*" element={<AdminHome />} />
            </Route>
          </Routes>
        </ToastProvider>
      </ApiStoreProvider>
    </StaffGate>
  );
}
