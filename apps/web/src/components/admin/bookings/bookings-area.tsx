// The bookings area of the back office: its own lazy chunk, its own routes under /admin/bookings.
import { Navigate, Route, Routes } from 'react-router';
import { BookingDetailPage } from './booking-detail-page';
import { BookingsPage } from './bookings-page';
import { PhoneBookingPage } from './phone-booking-page';

export default function BookingsArea() {
  return (
    <Routes>
      <Route index element={<BookingsPage />} />
      <Route path="new" element={<PhoneBookingPage />} />
      <Route path=":id" element={<BookingDetailPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
