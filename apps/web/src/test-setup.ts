// Runs before every web unit test file (after ../../test/fail-on-console-error.ts).
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { clearSession } from './lib/auth/session';

// Lazy routes are transformed on first import; on a loaded 2-core CI machine that can take more
// than testing-library's default second. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  // jsdom lays nothing out and cannot scroll: a window that records where it was asked to go.
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  Element.prototype.scrollIntoView = vi.fn();
  // No test reaches the network by accident: a test that needs the API stubs `fetch` itself.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Network disabled in tests'))),
  );
});

afterEach(() => {
  cleanup();
  // The session lives in module memory: no test inherits another's sign-in.
  clearSession();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.title = '';
});
