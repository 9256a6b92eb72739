// The API's login role (ADR 0004). The server never talks to the database as the owner while it
// serves requests: it logs in as `ladiva_api`, a role that owns nothing, cannot bypass RLS and has
// no privilege of its own (NOINHERIT); each transaction then takes anon, authenticated or
// service_role. Its password is derived from the owner's credentials — never from the address —
// so every instance given those credentials computes the same one, whatever host or port it
// reaches the database by (a proxy, a load balancer, another name), and nothing is stored.
import { createHmac } from 'node:crypto';
import pg from 'pg';

export const API_ROLE = 'ladiva_api';
const REQUEST_ROLES = ['anon', 'authenticated', 'service_role'];

/** The owner's secret: the URL's password, or libpq's PGPASSWORD when the URL has none. */
export function ownerSecret(ownerUrl: string): string {
  return decodeURIComponent(new URL(ownerUrl).password) || process.env.PGPASSWORD || '';
}

/**
 * Roles belong to the whole cluster, not to one database: the password depends on the owner's
 * credentials only, so every database of the cluster and every address of it agree on it. It is
 * as secret as the owner's password; without one (trust or peer authentication) it is not secret
 * at all, and the server says so at start (database.ts).
 */
export function deriveApiPassword(ownerUrl: string): string {
  const key = `${decodeURIComponent(new URL(ownerUrl).username)}:${ownerSecret(ownerUrl)}`;
  return createHmac('sha256', key).update(`${API_ROLE} login v2`).digest('base64url');
}

/** The owner URL with the API role's credentials in place of the owner's. */
export function apiRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = API_ROLE;
  url.password = deriveApiPassword(ownerUrl);
  return url.toString();
}

const isRace = (error: unknown) =>
  ['42710', '23505', 'XX000'].includes((error as { code?: string }).code ?? '');

/** Creates or refreshes the API login role; idempotent and safe to run from two instances. */
export async function ensureApiRole(ownerUrl: string): Promise<void> {
  const client = new pg.Client({
    connectionString: ownerUrl,
    application_name: 'ladiva-bootstrap',
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const password = client.escapeLiteral(deriveApiPassword(ownerUrl));
    const attributes = 'login noinherit nosuperuser nobypassrls nocreatedb nocreaterole';
    try {
      await client.query(`create role ${API_ROLE} with ${attributes} password ${password}`);
    } catch (error) {
      if (!isRace(error)) throw error;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`alter role ${API_ROLE} with ${attributes} password ${password}`);
        await client.query(`grant ${REQUEST_ROLES.join(', ')} to ${API_ROLE}`);
        break;
      } catch (error) {
        if (!isRace(error) || attempt >= 5) throw error;
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Refuses to serve with a connection that would make RLS decorative: a superuser, a BYPASSRLS
 * role, or one that owns tables (owners skip RLS on their own tables).
 */
export async function assertLeastPrivilege(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{
    name: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
    owned: number;
  }>(`
    select r.rolname as name, r.rolsuper, r.rolbypassrls,
           (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
      from pg_roles r where r.rolname = current_user`);
  const role = rows[0];
  if (!role || role.rolsuper || role.rolbypassrls || role.owned > 0) {
    throw new Error(
      `The API's database role "${role?.name}" must not be a superuser, bypass RLS or own tables.`,
    );
  }
}
