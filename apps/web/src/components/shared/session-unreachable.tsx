// What a page that needs the session shows when it could not be checked: offline (or the server
// away), said as such, with a retry — never the sign-in, which would read as being signed out.
// Each feature puts it in its own frame (the staff area's door, the guest's card).
import type { ReactNode } from 'react';
import { useSessionRetry } from '../../hooks/use-session-retry';
import { useT } from '../../hooks/use-t';
import { Button } from './button';

export function SessionUnreachable({
  frame,
}: {
  frame: (title: string, body: ReactNode) => ReactNode;
}) {
  const { t } = useT();
  const { offline, retrying, retry } = useSessionRetry();
  return frame(
    offline ? t('session.offline.title') : t('session.unreachable.title'),
    <>
      <p className="mt-2 text-sm leading-relaxed text-mist">
        {offline ? t('session.offline.text') : t('session.unreachable.text')}
      </p>
      <Button variant="primary" onClick={() => void retry()} disabled={retrying} className="mt-6">
        {retrying ? t('session.retrying') : t('session.retry')}
      </Button>
    </>,
  );
}
