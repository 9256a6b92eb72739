// Resend (failed, dead, cancelled) and Cancel (queued, failed), each confirmed first. The result
// is announced in a live region; a 409 means the status changed meanwhile, so the detail reloads.
import { useId, useRef, useState } from 'react';
import { useStaffT } from '../staff-messages';
import { useCancelNotification } from '../api/use-cancel-notification';
import type { NotificationDetail } from '../api/use-notification';
import { useResendNotification } from '../api/use-resend-notification';
import { CANCELLABLE, RESENDABLE } from '../api/vocabulary';
import { Button } from '../../shared/button';
import { errorText } from '../ui/error-text';
import { StatusMessage } from '../../shared/alert';

type Action = 'resend' | 'cancel';

const COPY = {
  resend: {
    button: 'admin.action.resend',
    question: 'admin.action.confirmResend',
    yes: 'admin.action.yesResend',
    done: 'admin.action.resent',
  },
  cancel: {
    button: 'admin.action.cancel',
    question: 'admin.action.confirmCancel',
    yes: 'admin.action.yesCancel',
    done: 'admin.action.cancelled',
  },
} as const;

export function NotificationActions({
  notification,
  reload,
}: {
  notification: NotificationDetail;
  reload: () => void;
}) {
  const { t } = useStaffT();
  const questionId = useId();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const resend = useResendNotification();
  const cancel = useCancelNotification();
  const box = useRef<HTMLDivElement>(null);
  const pending = resend.pending || cancel.pending;

  const available = (['resend', 'cancel'] as const).filter((action) =>
    (action === 'resend' ? RESENDABLE : CANCELLABLE).includes(notification.status),
  );

  async function confirm(action: Action) {
    const outcome = await (action === 'resend' ? resend : cancel).run(notification.id);
    setConfirming(null);
    if (outcome.ok) {
      setResult({ ok: true, text: t(COPY[action].done) });
    } else if (outcome.error.code === 'CONFLICT') {
      setResult({ ok: false, text: t('admin.action.conflict') });
      reload();
    } else {
      setResult({
        ok: false,
        text: t('admin.action.failed', { reason: errorText(t, outcome.error) }),
      });
    }
    box.current?.focus();
  }

  return (
    <div ref={box} tabIndex={-1} className="mt-4 border-t border-white/10 pt-4 focus:outline-none">
      {confirming ? (
        <div role="group" aria-labelledby={questionId} className="rounded-md bg-white/[0.04] p-3">
          <p id={questionId} className="text-sm text-cream">
            {t(COPY[confirming].question, { recipient: notification.recipient })}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              variant={confirming === 'resend' ? 'primary' : 'danger'}
              // Focus goes to the answer of the question the person just asked for.
              autoFocus
              disabled={pending}
              onClick={() => void confirm(confirming)}
            >
              {t(COPY[confirming].yes)}
            </Button>
            <Button disabled={pending} onClick={() => setConfirming(null)}>
              {t('admin.action.keep')}
            </Button>
          </div>
        </div>
      ) : available.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {available.map((action) => (
            <Button
              key={action}
              variant={action === 'resend' ? 'secondary' : 'danger'}
              onClick={() => {
                setResult(null);
                setConfirming(action);
              }}
            >
              {t(COPY[action].button)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="text-xs text-mist">{t('admin.action.none')}</p>
      )}
      <StatusMessage result={result} className={result ? 'mt-3' : ''} />
    </div>
  );
}
