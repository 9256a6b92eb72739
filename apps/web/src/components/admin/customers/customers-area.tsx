// The customers area of the back office: its own lazy chunk, its own routes under /admin/customers.
import { Navigate, Route, Routes } from 'react-router';
import { CustomerProfilePage } from './customer-profile-page';
import { CustomersPage } from './customers-page';

export default function CustomersArea() {
  return (
    <Routes>
      <Route index element={<CustomersPage />} />
      <Route path=":id" element={<CustomerProfilePage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
