import { useEffect, useState } from 'react';

function readHashToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The token of an emailed link (`/verify-email#token=…`). In the fragment, it never reaches a
 * server log or a Referer; read once, it is also taken out of the address bar and the history
 * straight away, so that nobody copies or bookmarks it with the page.
 */
export function useLinkToken(): string | null {
  const [token] = useState(readHashToken);
  useEffect(() => {
    if (!window.location.hash) return;
    const { pathname, search } = window.location;
    // The router's own state is kept: only the address changes.
    window.history.replaceState(window.history.state, '', pathname + search);
  }, []);
  return token;
}
