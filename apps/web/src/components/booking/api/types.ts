// The booking API's shapes, as TYPES only (zod stays out of the browser bundle). All come from
// the contract today; a shape the contract lacked would be declared here, mirroring the spec.
export type {
  BookingAccess,
  BookingStatus,
  BookingSummary,
  BookingView,
  ConfirmBookingRequest,
  CreateHoldResponse,
  PerformanceAvailability,
  PerformanceSummary,
  Show,
  ShowDetail,
  UpdateBookingBody,
} from '@ladiva/contract/booking';

export interface HoldLine {
  formulaId: string;
  zoneId: string;
  guests: number;
}

export interface HoldExtra {
  extraId: string;
  quantity: number;
}

export interface CreateHoldRequest {
  performanceId: string;
  lines: HoldLine[];
  extras: HoldExtra[];
  idempotencyKey: string;
}

export type { MenuOption } from '../../../lib/guest-menu';
