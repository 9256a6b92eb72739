// The back office's customers (#6, item 8; ADR 0013): list, profile (bookings, notes, tags,
// no-shows, consents), and the GDPR export and erasure of #4 applied from the staff side.
import { randomBytes } from 'node:crypto';
import type {
  AdminBookingDetail,
  CustomerListQuery,
  CustomerProfile,
  CustomerSummary,
} from '@ladiva/contract/backoffice-bookings';
import type { Db } from '../../db/database.ts';
import { withRequestContext, withServiceContext } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import { eraseAccountRecords } from '../auth/account.service.ts';
import type { RequestMeta } from '../auth/request-meta.ts';
import { customerBookings, loadDetail } from '../bookings/bookings-admin.service.ts';
import * as repository from './customers-admin.repository.ts';

const PROFILE_BOOKINGS = 200;
const EXPORT_BOOKINGS = 10_000;

function toSummary(row: repository.CustomerRow): CustomerSummary {
  return {
    customerId: row.customerId,
    email: row.email,
    name: row.name,
    phone: row.phone,
    hasAccount: row.hasAccount,
    bookingCount: row.bookingCount,
    noShowCount: row.noShowCount,
    lastPerformanceAt: row.lastPerformanceAt ? new Date(row.lastPerformanceAt).toISOString() : null,
    tags: row.tags,
  };
}

const customerNotFound = () => notFound('This customer does not exist.');

export class CustomersAdminService {
  constructor(private readonly db: Db) {}

  list(claims: UserClaims, query: CustomerListQuery) {
    return withRequestContext(this.db, claims, async (tx) => {
      const { total, items } = await repository.listCustomers(tx, query);
      return { items: items.map(toSummary), total, limit: query.limit, offset: query.offset };
    });
  }

  async profile(claims: UserClaims, customerId: string): Promise<CustomerProfile> {
    const profile = await withRequestContext(this.db, claims, async (tx) => {
      const row = await repository.findCustomer(tx, customerId);
      if (!row) return null;
      const [bookings, consents] = await Promise.all([
        customerBookings(tx, customerId, PROFILE_BOOKINGS),
        row.userId ? repository.consentsOf(tx, row.userId) : Promise.resolve([]),
      ]);
      return {
        ...toSummary(row),
        notes: row.notes,
        cancelledCount: row.cancelledCount,
        consents: consents.map((consent) => ({ ...consent, at: consent.at.toISOString() })),
        marketingEmail: row.marketingEmail ?? false,
        bookings,
      };
    });
    if (!profile) throw customerNotFound();
    return profile;
  }

  async update(
    claims: UserClaims,
    customerId: string,
    changes: { tags?: string[] | undefined; notes?: string | undefined },
  ): Promise<CustomerProfile> {
    const found = await withRequestContext(this.db, claims, async (tx) => {
      if (!(await repository.findCustomer(tx, customerId))) return false;
      await repository.saveProfile(tx, customerId, changes, claims.sub);
      return true;
    });
    if (!found) throw customerNotFound();
    return this.profile(claims, customerId);
  }

  /** Everything the venue holds about the customer (GDPR art. 15 and 20), as the staff see it. */
  async export(claims: UserClaims, customerId: string, meta: RequestMeta) {
    const { bookings: _latest, ...profile } = await this.profile(claims, customerId);
    const bookings = await withRequestContext(this.db, claims, async (tx) => {
      const rows = await customerBookings(tx, customerId, EXPORT_BOOKINGS);
      const details: AdminBookingDetail[] = [];
      for (const row of rows) {
        const detail = await loadDetail(tx, row.id);
        if (detail) details.push(detail);
      }
      await audit(tx, {
        action: 'privacy.customer.exported',
        targetType: 'customer',
        targetId: customerId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        requestId: meta.requestId,
      });
      return details;
    });
    return {
      format: 'ladiva-customer-export/1' as const,
      exportedAt: new Date().toISOString(),
      profile,
      bookings,
    };
  }

  /**
   * Erases a customer (GDPR art. 17): their accounts become tombstones through the same function
   * as an account's own erasure (#4), and their bookings keep only what accounting needs (dates,
   * formulas, amounts) under an erased contact. Refused while a booking still holds places for a
   * performance to come (cancel it first: the guest may be expected), and for staff accounts.
   */
  async erase(claims: UserClaims, customerId: string, meta: RequestMeta): Promise<void> {
    const accounts = await withRequestContext(this.db, claims, async (tx) => {
      if (!(await repository.findCustomer(tx, customerId))) throw customerNotFound();
      if ((await repository.liveUpcomingBookings(tx, customerId)) > 0) {
        throw new AppError(
          'CONFLICT',
          409,
          'This customer has bookings to come: cancel them before erasing.',
          { reason: 'upcoming_bookings' },
        );
      }
      return repository.linkedAccounts(tx, customerId);
    });
    if (accounts.some((account) => account.staff)) {
      throw new AppError('CONFLICT', 409, 'A staff account is closed by an admin, not erased.', {
        reason: 'staff_account',
      });
    }
    for (const account of accounts) {
      if (!account.erased) await eraseAccountRecords(this.db, account.id, meta);
    }
    const erasedEmail = `erased-${randomBytes(12).toString('hex')}${repository.ERASED_DOMAIN}`;
    // The service role: bookings are written by it alone (0008), and it alone deletes notes and
    // profiles (0015); the admin's right to erase was checked above and by the route.
    const count = await withServiceContext(this.db, (tx) =>
      repository.anonymiseCustomer(tx, customerId, erasedEmail),
    );
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, {
        action: 'privacy.customer.erased',
        targetType: 'customer',
        targetId: customerId,
        after: { bookings: count, accounts: accounts.length },
        ip: meta.ip,
        userAgent: meta.userAgent,
        requestId: meta.requestId,
      }),
    );
  }
}
