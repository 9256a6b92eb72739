// The audit log of identity and access (migration 0006). Entries are written through
// public.audit() in the caller's transaction, so an action and its entry commit together; the
// database takes the actor from the request's role and claims, never from the caller.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type RequestClaims, type Tx } from '../../db/request-context.ts';

export interface AuditEntry {
  /** Dotted, lower case: `auth.login.succeeded`, `venue.updated`. */
  action: string;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

/** Keys whose values never reach the log, at any depth. */
const SECRET_KEY = /password|passwd|token|secret|hash/i;

/** A copy of a JSON-like value without the keys named like a secret, recursively. */
export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value; // Date and the like
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, inner]) => [key, stripSecrets(inner)]),
    );
  }
  return value;
}

function toJsonb(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(stripSecrets(value));
}

/** Records an entry in the caller's transaction; returns its id. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    select public.audit(
      ${entry.action}, ${entry.targetType ?? null}, ${entry.targetId ?? null},
      ${toJsonb(entry.before)}::jsonb, ${toJsonb(entry.after)}::jsonb,
      ${entry.ip ?? null}, ${entry.userAgent ?? null}, ${entry.requestId ?? null}) as id`.execute(
    tx,
  );
  return rows[0]!.id;
}

export interface AuditCursor {
  at: Date;
  id: string;
}

export const MAX_AUDIT_PAGE = 200;

/**
 * The newest entries first, older than `before` when given (the last entry of the previous page).
 * Row level security decides: admins with a second factor read them, anybody else reads nothing.
 */
export function listAudit(
  db: Db,
  claims: RequestClaims,
  { limit, before }: { limit: number; before?: AuditCursor },
) {
  const size = Math.min(Math.max(Math.trunc(limit), 1), MAX_AUDIT_PAGE);
  return withRequestContext(db, claims, (tx) => {
    let query = tx.selectFrom('auditLog').selectAll();
    if (before) {
      query = query.where((eb) => eb(eb.refTuple('at', 'id'), '<', eb.tuple(before.at, before.id)));
    }
    return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(size).execute();
  });
}
