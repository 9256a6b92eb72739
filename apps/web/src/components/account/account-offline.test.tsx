// The account reloaded with no network: its session cannot be checked. The page says "offline"
// with a retry, not the sign-in (which would read as being signed out).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Rtl from '@testing-library/react';
import type * as TestUtils from '../../test-utils';

const spies: { mockRestore: () => void }[] = [];
let rtl: typeof Rtl | undefined;

afterEach(() => {
  rtl?.cleanup();
  for (const spy of spies.splice(0)) spy.mockRestore();
});

describe('The account, offline', () => {
  it('says offline with a retry instead of sending the guest to sign in', async () => {
    spies.push(vi.spyOn(document, 'cookie', 'get').mockReturnValue('__Host-ladiva-csrf=csrf'));
    spies.push(vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    // A reload: modules fresh, the session read from the cookies at import.
    vi.resetModules();
    rtl = await import('@testing-library/react');
    const { renderApp }: typeof TestUtils = await import('../../test-utils');
    const { restoreSession } = await import('../../lib/auth/session');
    restoreSession();
    renderApp('/account');
    expect(await rtl.screen.findByRole('heading', { level: 1, name: 'Hors ligne' })).toBeTruthy();
    expect(rtl.screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(rtl.screen.queryByRole('heading', { name: 'Connexion' })).toBeNull();
  }, 15_000);
});
