// The reports area of the back office: its own lazy chunk, its own routes under /admin/reports.
import { Navigate, Route, Routes } from 'react-router';
import { ReportsPage } from './reports-page';

export default function ReportsArea() {
  return (
    <Routes>
      <Route index element={<ReportsPage report="sales" />} />
      <Route path="occupancy" element={<ReportsPage report="occupancy" />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
