// Text PostgreSQL cannot store (issue #12, item 3): a NUL character, or half of a UTF-16 surrogate
// pair (JSON can carry one; it has no UTF-8 form, and jsonb refuses its escape). Any of them in any
// string field, on any route, is a 400 VALIDATION_FAILED naming the field — never a 500 from the
// database. The walk below reads every documented operation from the OpenAPI document and puts
// such a character in each of its string fields (path, query and body), so a new route cannot
// forget; the named cases before it are the ones the audit found, with bodies otherwise valid.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { issueViewToken } from '../modules/auth/challenge-tokens.ts';
import type { Identity } from '../modules/auth/identity.ts';
import { createTestCatalogue, type TestCatalogue } from '../../test/test-catalogue.ts';
import { accessTokenFor, createUser } from '../../test/auth-helpers.ts';
import { buildTestApp, createTestIdentity, createTestNotifications } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { viewIssuer } from './request-claims.ts';

const NUL = 'ab\u0000cd';
const LONE_SURROGATE = 'ab\ud800cd';

interface FieldError {
  path: string;
  code: string;
}

// ─── A small reader of the OpenAPI document's JSON Schemas ──────────────────────────────────────
type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
type Operation = {
  operationId: string;
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const typeOf = (schema: Schema) =>
  [schema.type ?? []].flat().find((type) => type !== 'null') as string | undefined;

/**
 * A value for `schema` whose every string is `bad`, and the paths of those strings. Objects get
 * every property (records one entry), arrays one item, unions their first object or string form.
 */
function poison(
  document: Document,
  schema: Schema,
  bad: string,
  path: string,
): { value: unknown; paths: string[] } {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return poison(document, document.components.schemas[name]!, bad, path);
  }
  const union = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (union) {
    const branch =
      union.find((s) => typeOf(s) === 'object' || s.$ref) ??
      union.find((s) => typeOf(s) === 'string') ??
      union[0]!;
    return poison(document, branch, bad, path);
  }
  switch (typeOf(schema)) {
    case 'string':
      // A URL must parse before anything else is said about it: the bad text goes in its path.
      return {
        value: schema.format === 'uri' ? `https://push.example/${bad}` : bad,
        paths: [path],
      };
    case 'array': {
      const item = poison(document, schema.items ?? {}, bad, `${path}.0`);
      return { value: [item.value], paths: item.paths };
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      const paths: string[] = [];
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const inner = poison(document, property, bad, `${path}.${key}`);
        value[key] = inner.value;
        paths.push(...inner.paths);
      }
      if (typeof schema.additionalProperties === 'object') {
        const inner = poison(document, schema.additionalProperties, bad, `${path}.k`);
        value.k = inner.value;
        paths.push(...inner.paths);
      }
      return { value, paths };
    }
    default:
      return { value: 1, paths: [] };
  }
}

/** A valid value of a path parameter: every one the API has (the walk fails on a new one). */
function pathValue(name: string, schema: Schema): string {
  if (schema.enum) return String(schema.enum[0]);
  // A customer's id is the SHA-256 of their email (ADR 0013).
  if (name === 'id' && schema.pattern === '^[0-9a-f]{64}$') return 'c'.repeat(64);
  if (name === 'id' || name === 'zoneId') return randomUUID();
  throw new Error(`no value for path parameter {${name}}: teach pathValue`);
}

/**
 * Valid bodies for the operations that have both a body and a query string: the body is
 * validated before the query, so it must pass for the query's fields to be reached.
 */
const VALID_BODIES: Record<string, unknown> = {
  changeAdminBooking: { extras: [] },
};

/** Operations whose body is not JSON: the upload reads a multipart stream itself. */
const NOT_JSON = new Set(['uploadPoster']);

describe('text PostgreSQL cannot store', () => {
  let database: TestDatabase;
  let identity: Identity;
  let app: App;
  let catalogue: TestCatalogue;
  let adminId: string;
  let staff: string;
  let document: Document;

  beforeAll(async () => {
    database = await createTestDatabase();
    const notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    const admin = await createUser(database, {
      email: 'every-role@example.com',
      roles: ['admin', 'manager', 'box_office', 'door', 'kitchen'],
    });
    adminId = admin.id;
    staff = (await accessTokenFor(database, identity, admin, 'aal2')).authorization;
    document = (await app.inject({ url: '/api/openapi.json' })).json();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  let ip = 0;
  const send = (
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method: method as 'POST',
      url,
      remoteAddress: `10.12.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`,
      headers: { authorization: staff, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const refusal = (response: { statusCode: number; json(): unknown; body: string }) => {
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json() as { code: string; details: { fields: FieldError[] } };
    expect(body.code).toBe('VALIDATION_FAILED');
    return body.details.fields;
  };

  describe('the cases the audit found, with otherwise valid requests', () => {
    it.each([
      ['a NUL', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ])(
      '%s in a guest’s sign-up, booking link request and confirmation: 400 naming the field',
      async (_name, bad) => {
        const signUp = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-up',
          payload: {
            email: `nul-${randomUUID()}@example.com`,
            password: 'Un soir au cabaret 1925',
            displayName: bad,
            acceptTerms: true,
          },
        });
        expect(refusal(signUp)).toEqual([
          expect.objectContaining({ path: 'body.displayName', code: 'invalid_format' }),
        ]);

        const link = await app.inject({
          method: 'POST',
          url: '/api/bookings/link',
          payload: { reference: bad, email: 'guest@example.com' },
        });
        expect(refusal(link)).toEqual([expect.objectContaining({ path: 'body.reference' })]);

        const performanceId = await catalogue.performance();
        const hold = await app.inject({
          method: 'POST',
          url: '/api/bookings/holds',
          payload: {
            performanceId,
            lines: [
              { formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 1 },
            ],
          },
        });
        expect(hold.statusCode, hold.body).toBe(201);
        const { bookingId, bookingToken } = hold.json<{
          bookingId: string;
          bookingToken: string;
        }>();
        const confirm = await app.inject({
          method: 'POST',
          url: `/api/bookings/${bookingId}/confirm`,
          headers: { 'x-booking-token': bookingToken },
          payload: {
            contact: { name: bad, email: 'guest@example.com' },
            guests: [{ dietaryNotes: bad }],
            occasion: bad,
            payment: 'at_venue',
          },
        });
        expect(refusal(confirm).map((field) => field.path)).toEqual([
          'body.contact.name',
          'body.guests.0.dietaryNotes',
          'body.occasion',
        ]);
      },
    );

    it('a NUL in staff searches, and either in a staff body: 400 naming the field', async () => {
      // A URL cannot carry half a surrogate pair (percent-encoding is of UTF-8): NUL only there.
      const q = encodeURIComponent(NUL);
      for (const url of [
        `/api/admin/bookings?q=${q}`,
        `/api/admin/customers?q=${q}`,
        `/api/admin/shows?q=${q}`,
      ]) {
        expect(refusal(await send('GET', url))).toEqual([
          expect.objectContaining({ path: 'querystring.q' }),
        ]);
      }
      for (const bad of [NUL, LONE_SURROGATE]) {
        const venue = await send('PATCH', '/api/venue', { name: bad });
        expect(refusal(venue)).toEqual([expect.objectContaining({ path: 'body.name' })]);
      }
    });
  });

  describe('every documented operation, every string field', () => {
    const operations = () =>
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
      );

    /** The URL of an operation with valid path parameters, but `bad` in the one named. */
    const urlOf = (path: string, operation: Operation, badParam?: string, bad = '') =>
      path.replace(/\{(\w+)\}/g, (_match, name: string) => {
        const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
        return encodeURIComponent(
          name === badParam ? bad : pathValue(name, parameter?.schema ?? {}),
        );
      });

    /** A `view` token for the path of a frame-loaded resource (the guard reads it first). */
    const viewToken = (url: string) =>
      issueViewToken(identity.keys, url, adminId, viewIssuer(identity.issuer, identity.audience));

    // A URL cannot carry half a surrogate pair (percent-encoding is of UTF-8): in the path and the
    // query string, NUL only.
    it.each([
      ['a NUL', NUL, true],
      ['a lone surrogate', LONE_SURROGATE, false],
    ])('%s anywhere is a 400 naming each field', async (_name, bad, inUrls) => {
      const missed: string[] = [];
      let fields = 0;
      const check = async (
        label: string,
        expected: string[],
        request: { method: string; url: string; payload?: unknown },
      ) => {
        if (expected.length === 0) return;
        fields += expected.length;
        const response = await send(request.method, request.url, request.payload);
        const named =
          response.statusCode === 400
            ? ((response.json() as { details?: { fields?: FieldError[] } }).details?.fields ?? [])
            : [];
        const paths = new Set(named.map((field) => field.path));
        for (const path of expected) {
          if (!paths.has(path)) missed.push(`${label} ${path}: ${response.statusCode}`);
        }
      };

      for (const { method, path, operation } of operations()) {
        const label = `${method} ${path}`;
        const parameters = operation.parameters ?? [];
        const framed = parameters.some((p) => p.in === 'query' && p.name === 'view');
        const query = async (url: string, values: Record<string, string>) => {
          const search = new URLSearchParams(values);
          if (framed) search.set('view', await viewToken(url.split('?')[0]!));
          const text = search.toString();
          return text ? `${url}?${text}` : url;
        };

        // Path parameters, one at a time.
        for (const parameter of parameters.filter((p) => inUrls && p.in === 'path')) {
          if (typeOf(parameter.schema) !== 'string' && !parameter.schema.anyOf) continue;
          const url = urlOf(path, operation, parameter.name, bad);
          await check(label, [`params.${parameter.name}`], {
            method,
            url: await query(url, {}),
            ...(operation.requestBody ? { payload: {} } : {}),
          });
        }

        const json = operation.requestBody?.content['application/json']?.schema;
        if (operation.requestBody && !json && !NOT_JSON.has(operation.operationId)) {
          throw new Error(
            `${label}: a body that is not JSON; add it to NOT_JSON if it is read raw`,
          );
        }

        // The body, every string at once (valid path parameters).
        if (json) {
          const body = poison(document, json, bad, 'body');
          await check(label, body.paths, {
            method,
            url: await query(urlOf(path, operation), {}),
            payload: body.value,
          });
        }

        // The query string, every string parameter at once (the view token excepted: the
        // guard checks it before validation, and refuses it with a 401).
        const strings = parameters.filter(
          (p) =>
            inUrls &&
            p.in === 'query' &&
            p.name !== 'view' &&
            (typeOf(p.schema) === 'string' || p.schema.anyOf),
        );
        if (strings.length > 0) {
          const valid = VALID_BODIES[operation.operationId];
          if (json && valid === undefined) {
            throw new Error(
              `${label}: a body and a query string; add ${operation.operationId} to VALID_BODIES`,
            );
          }
          await check(
            label,
            strings.map((p) => `querystring.${p.name}`),
            {
              method,
              url: await query(
                urlOf(path, operation),
                Object.fromEntries(strings.map((p) => [p.name, bad])),
              ),
              ...(json ? { payload: valid } : {}),
            },
          );
        }
      }
      // The walk is not vacuous: the API has well over a hundred string fields.
      expect(fields).toBeGreaterThan(inUrls ? 150 : 100);
      expect(missed).toEqual([]);
    });

    it('a frame’s view token carrying such text is refused by the guard, not the database', async () => {
      const view = encodeURIComponent(NUL);
      const response = await send('GET', `/api/mailbox/${randomUUID()}/html?view=${view}`);
      expect(response.statusCode).toBe(401);
    });
  });
});
