// Cancelling a performance, behind a native <dialog> (focus kept inside, Escape closes) and a
// typed word: every booking is cancelled and every guest is notified; it cannot be undone.
import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { useRef, useState } from 'react';
import { useT } from '../../../hooks/use-t';
import { buttonDanger, buttonSecondary, field, panel } from '../ui/classes';
import { errorText } from '../ui/error-text';
import { useCancelPerformance } from './api/use-performances';
import { usePerformancesT } from './messages';

export function CancelPerformance({ performance }: { performance: AdminPerformance }) {
  const { t } = useT();
  const { at, num, locale } = usePerformancesT();
  const cancel = useCancelPerformance();
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [mailLocale, setMailLocale] = useState<'fr' | 'en'>(locale);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const word = at('cancel.word');

  function open() {
    setTyped('');
    setError(null);
    const element = dialog.current;
    if (element && typeof element.showModal === 'function') element.showModal();
    else element?.setAttribute('open', '');
  }
  function close() {
    const element = dialog.current;
    if (element?.open && typeof element.close === 'function') element.close();
    else element?.removeAttribute('open');
  }

  async function confirm() {
    const outcome = await cancel.run({
      id: performance.id,
      locale: mailLocale,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (!outcome.ok) {
      setError(errorText(t, outcome.error));
      return;
    }
    close();
    setDone(
      at('cancel.done', {
        bookings: num(outcome.value.cancelledBookings),
        notified: num(outcome.value.notified),
      }),
    );
  }

  return (
    <section aria-labelledby="cancel-title" className={`${panel} border-rose-400/20 p-4`}>
      <h2 id="cancel-title" className="text-lg font-semibold text-cream">
        {at('cancel.title')}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-mist">{at('cancel.lead')}</p>
      <button type="button" onClick={open} className={`${buttonDanger} mt-3`}>
        {at('cancel.open')}
      </button>
      <p role="status" className="mt-2 text-sm text-emerald-200">
        {done}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="cancel-dialog-title"
        aria-describedby="cancel-dialog-text"
        className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-2xl border border-rose-400/30 bg-ink p-6 text-cream shadow-2xl backdrop:bg-black/70"
      >
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim().toUpperCase() === word) void confirm();
          }}
        >
          <h2 id="cancel-dialog-title" className="font-display text-2xl">
            {at('cancel.title')}
          </h2>
          <p id="cancel-dialog-text" className="mt-2 text-sm text-mist">
            {at('cancel.lead')}
          </p>
          <label htmlFor="cancel-reason" className="mt-4 mb-1 block text-xs font-medium text-mist">
            {at('cancel.reason')}
          </label>
          <textarea
            id="cancel-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={`${field} py-2`}
          />
          <fieldset className="mt-3">
            <legend className="mb-1 text-xs font-medium text-mist">{at('cancel.locale')}</legend>
            <div className="flex gap-4">
              {(['fr', 'en'] as const).map((l) => (
                <label key={l} className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="cancel-locale"
                    checked={mailLocale === l}
                    onChange={() => setMailLocale(l)}
                    className="size-4 accent-gold"
                  />
                  {at(l)}
                </label>
              ))}
            </div>
          </fieldset>
          <label htmlFor="cancel-typed" className="mt-3 mb-1 block text-xs font-medium text-mist">
            {at('cancel.confirmLabel')}
          </label>
          <input
            id="cancel-typed"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            className={field}
          />
          {error && (
            <p role="alert" className="mt-3 text-sm text-rose-200">
              {error}
            </p>
          )}
          <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <button type="button" autoFocus onClick={close} className={buttonSecondary}>
              {at('cancel.keep')}
            </button>
            <button
              type="submit"
              disabled={cancel.pending || typed.trim().toUpperCase() !== word}
              className={buttonDanger}
            >
              {at('cancel.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
