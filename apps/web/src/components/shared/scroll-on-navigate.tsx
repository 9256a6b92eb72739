// A new page opens at its top, as a page load would: after a link or a redirect (not after Back
// or Forward, whose position the browser restores), the window scrolls to the top — or to the
// fragment the link names — and the page's heading takes the focus when it can (tabIndex -1), so
// that a screen reader announces the new page.
import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

export function ScrollOnNavigate() {
  const { pathname, hash } = useLocation();
  const navigation = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    // The first page: the browser's own load (and its restoration on a reload).
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigation === 'POP') return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1[tabindex="-1"]')?.focus({ preventScroll: true });
  }, [pathname, hash, navigation]);
  return null;
}
