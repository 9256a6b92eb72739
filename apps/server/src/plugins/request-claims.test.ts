import { describe, expect, it } from 'vitest';
import type { RequestClaims } from '../db/request-context.ts';
import { checkAccess, PUBLIC, SIGNED_IN, staffOnly, VIEW_LINK } from './request-claims.ts';

const anon: RequestClaims = { role: 'anon' };
const user = (roles: ('admin' | 'door')[] = [], aal: 'aal1' | 'aal2' = 'aal1'): RequestClaims => ({
  role: 'authenticated',
  sub: '00000000-0000-4000-8000-000000000001',
  roles,
  aal,
  session_id: '00000000-0000-4000-8000-000000000002',
});

describe('checkAccess', () => {
  it('lets anyone through a public route (and leaves view links to their token)', () => {
    expect(checkAccess(PUBLIC, anon)).toBeUndefined();
    expect(checkAccess(VIEW_LINK, anon)).toBeUndefined();
  });

  it('asks anonymous callers to sign in', () => {
    expect(checkAccess(SIGNED_IN, anon)).toMatchObject({
      code: 'UNAUTHENTICATED',
      statusCode: 401,
    });
    expect(checkAccess(staffOnly('admin'), anon)).toMatchObject({ statusCode: 401 });
    expect(checkAccess(SIGNED_IN, user())).toBeUndefined();
  });

  it('needs one of the roles, then a second factor', () => {
    const route = staffOnly('admin', 'manager');
    expect(checkAccess(route, user())).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
    expect(checkAccess(route, user(['door'], 'aal2'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(checkAccess(route, user(['admin'], 'aal1'))).toMatchObject({ code: 'MFA_REQUIRED' });
    expect(checkAccess(route, user(['admin'], 'aal2'))).toBeUndefined();
  });
});
