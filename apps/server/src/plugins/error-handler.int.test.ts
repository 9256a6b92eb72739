import { errorResponseSchema } from '@ladiva/contract/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { accessTokenFor, createUser } from '../../test/auth-helpers.ts';
import { buildTestApp, createTestIdentity, createTestNotifications } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

describe('API errors', () => {
  let database: TestDatabase;
  let app: App;
  let authorization: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    // PATCH /api/venue is the admin's: the errors below are those a signed-in admin would meet.
    const admin = await createUser(database, { email: 'admin@example.com', roles: ['admin'] });
    ({ authorization } = await accessTokenFor(database, identity, admin, 'aal2'));
    // A route that fails the way a bug does, with text that must never reach a client.
    app.get('/api/test/crash', async () => {
      throw new Error('password=hunter2 at /srv/secret/path');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const patch = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'PATCH',
      url: '/api/venue',
      payload,
      headers: { 'content-type': contentType, authorization },
    });

  it('answers a failed validation with 400 and every failing field', async () => {
    const response = await patch(JSON.stringify({ name: '', email: 'nope', role: 'admin' }));
    expect(response.statusCode).toBe(400);
    const body = errorResponseSchema.parse(response.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.details?.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['body.email', 'body.name', 'body.role']);
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it.each([
    ['malformed JSON', '{"name":', 'application/json', 400, 'BAD_REQUEST'],
    ['an empty JSON body', '', 'application/json', 400, 'BAD_REQUEST'],
    ['a body that is not JSON', 'name=x', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a prototype-polluting body',
      '{"__proto__":{"admin":true}}',
      'application/json',
      400,
      'BAD_REQUEST',
    ],
    [
      'a body over the limit',
      JSON.stringify({ name: 'x'.repeat(70_000) }),
      'application/json',
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('rejects %s with a clear 4xx', async (_what, payload, type, status, code) => {
    const response = await patch(payload, type);
    expect(response.statusCode).toBe(status);
    expect(errorResponseSchema.parse(response.json()).code).toBe(code);
  });

  it('answers an unknown API route with a JSON 404, never the web app', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(errorResponseSchema.parse(response.json()).code).toBe('NOT_FOUND');
  });

  it('never leaks the text of a 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/hunter2|secret|Error/);
    expect(errorResponseSchema.parse(response.json())).toMatchObject({ code: 'INTERNAL' });
  });

  it('sends the security headers on every response', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/venue' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined(); // plain-HTTP public URL
  });
});
