// The staff app. Its own lazy chunk (routes.tsx): a guest never downloads it, and the service
// worker does not precache it (vite.config.ts). Every file it imports from this folder lands in
// chunks named admin-*. Nothing renders before StaffGate has seen a staff session with 2FA.
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

export default function AdminApp() {
  return (
    <StaffGate>
      <ApiStoreProvider>
        <Routes>
          <Route element={<AdminShell />}>
            <Route index element={<AdminHome />} />
            <Route path="messages">
              <Route index element={<Navigate to="mailbox" replace />} />
              <Route path="mailbox" element={<MailboxPage />} />
              <Route path="log" element={<DeliveryLogPage />} />
              <Route path="templates" element={<TemplatesPage />} />
            </Route>
            <Route path="staff" element={<StaffPage />} />
            <Route path="audit" element={<AuditPage />} />
            {/* Areas still to come (bookings, floor plan…) land on the staff home for now. */}
            <Route path="*" element={<AdminHome />} />
          </Route>
        </Routes>
      </ApiStoreProvider>
    </StaffGate>
  );
}
