// Sends a test email through whatever channel is configured, then watches the local mailbox for a
// few seconds: a worker delivers it shortly after the API has queued it.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useStaffT } from '../staff-messages';
import type { ApiError } from '../../../lib/api/api-request';
import { useMailbox } from '../api/use-mailbox';
import { useSendTestEmail } from '../api/use-send-test-email';
import type { MessageLocale } from '../api/vocabulary';
import { errorText } from '../ui/error-text';
import { localeLabel } from '../ui/labels';
import { SelectField, controlClass, labelClass } from '../../shared/field';
import { Button } from '../../shared/button';
import { panelClass } from '../../shared/panel-class';
import { looksLikeEmail } from '../../../lib/validation';

/** When to look again for the message, in ms after it was queued. */
const POLLS = [700, 1500, 2500, 4000, 6000];
const GIVE_UP_MS = 7500;

export function TestEmailForm() {
  const { t, locale: uiLocale } = useStaffT();
  const ids = useId();
  const [to, setTo] = useState('');
  const [locale, setLocale] = useState<MessageLocale>(uiLocale);
  const [invalid, setInvalid] = useState(false);
  const [queued, setQueued] = useState<{ id: string; to: string } | null>(null);
  const [gaveUp, setGaveUp] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const send = useSendTestEmail();
  const mailbox = useMailbox();
  const { reload } = mailbox;

  const arrived = queued !== null && mailbox.data?.some((m) => m.id === queued.id) === true;
  const waiting = queued !== null && !arrived && gaveUp !== queued.id;

  useEffect(() => {
    if (!waiting || queued === null) return;
    const timers = POLLS.map((delay) => window.setTimeout(reload, delay));
    timers.push(window.setTimeout(() => setGaveUp(queued.id), GIVE_UP_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [waiting, queued, reload]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const address = to.trim();
    if (!looksLikeEmail(address)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setFailure(null);
    const outcome = await send.run({ to: address, locale });
    if (outcome.ok) setQueued({ id: outcome.value.id, to: address });
    else if (outcome.error.code === 'VALIDATION_FAILED') setInvalid(true);
    else setFailure(outcome.error);
  }

  return (
    <section aria-labelledby={`${ids}-title`} className={`${panelClass({ padded: false })} p-4`}>
      <h2 id={`${ids}-title`} className="text-sm font-semibold text-cream">
        {t('admin.test.title')}
      </h2>
      <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3">
        <div>
          <label htmlFor={`${ids}-to`} className={labelClass}>
            {t('admin.test.to')}
          </label>
          <input
            id={`${ids}-to`}
            type="email"
            autoComplete="email"
            placeholder="camille@example.com"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${ids}-invalid` : undefined}
            className={controlClass}
          />
          {invalid && (
            <p id={`${ids}-invalid`} className="mt-1 text-xs text-rose-300">
              {t('admin.test.invalid')}
            </p>
          )}
        </div>
        <div className="flex items-end gap-3">
          <SelectField
            label={t('admin.test.locale')}
            className="flex-1"
            value={locale}
            onChange={(event) => setLocale(event.target.value as MessageLocale)}
          >
            {(['fr', 'en'] as const).map((option) => (
              <option key={option} value={option}>
                {localeLabel(t, option)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="primary" disabled={send.pending}>
            {send.pending ? t('admin.test.sending') : t('admin.test.send')}
          </Button>
        </div>
      </form>
      <div role="status" className="text-sm">
        {failure && (
          <p className="mt-3 text-rose-200">
            {t('admin.test.failed', { reason: errorText(t, failure) })}
          </p>
        )}
        {queued && waiting && (
          <p className="mt-3 text-mist">{t('admin.test.queued', { to: queued.to })}</p>
        )}
        {queued && arrived && (
          <p className="mt-3 text-emerald-200">
            {t('admin.test.arrived')}{' '}
            <Link
              to={`?message=${queued.id}`}
              className="font-medium text-cream underline decoration-gold/50 underline-offset-4 hover:text-gold-bright"
            >
              {t('admin.test.open')}
            </Link>
          </p>
        )}
        {queued && !arrived && !waiting && (
          <p className="mt-3 text-mist">
            {t('admin.test.notArrived')}{' '}
            <Link
              to="/admin/messages/log"
              className="font-medium text-cream underline decoration-gold/50 underline-offset-4 hover:text-gold-bright"
            >
              {t('admin.nav.log')}
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
