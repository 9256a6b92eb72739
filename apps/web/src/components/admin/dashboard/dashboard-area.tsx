// The dashboard area of the back office: its own lazy chunk, its own routes under /admin/dashboard.
import { Navigate, Route, Routes } from 'react-router';
import { DashboardPage } from './dashboard-page';

export default function DashboardArea() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
