// The kitchen area of the back office: its own lazy chunk, its own routes under /admin/kitchen.
import { Navigate, Route, Routes } from 'react-router';
import { KitchenPage } from './kitchen-page';

export default function KitchenArea() {
  return (
    <Routes>
      <Route index element={<KitchenPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
