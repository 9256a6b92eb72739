// Who works on bookings in the back office: admins, managers and the box office, each with a
// second factor. The bookings, customers and room routes share it; the database checks the same
// roles again (RLS, and booking.service.ts isBookingStaff).
import { staffOnly } from '../../plugins/request-claims.ts';

export const BOOKING_STAFF_ACCESS = staffOnly('admin', 'manager', 'box_office');
