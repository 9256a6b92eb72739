// /book/:performanceId: party and formula → area → extras → details → review, then the
// confirmation page. The places are held on the way out of the extras, so that nobody takes them
// while the guest types their details; the hold's countdown stays in sight from then on.
import { useCallback, useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate, useParams } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { useRealtime } from '../../../hooks/use-realtime';
import { withLiveSeats } from '../flow/live-seats';
import { useLoad } from '../../../hooks/use-load';
import { Button, ButtonLink } from '../../shared/button';
import { GuestPage } from '../../shared/guest-page';
import { Loading, Skeleton } from '../../shared/loading';
import { StepIndicator } from '../../shared/step-indicator';
import { storeBookingToken } from '../api/booking-access';
import { cancelBooking, confirmBooking, createHold, fetchBooking } from '../api/booking-api';
import { fetchAvailability, fetchShow } from '../api/catalogue-api';
import type { PerformanceAvailability } from '../api/types';
import {
  describeBookingError,
  isTransient,
  retryWhileUnavailable,
  type BookingProblem,
} from '../flow/booking-error';
import {
  checkDetails,
  confirmRequest,
  emptyDetails,
  type DetailsErrors,
} from '../flow/details-form';
import {
  STEPS,
  canLeave,
  flowReducer,
  holdMatches,
  needsHold,
  nextStep,
  previousStep,
  selectionSignature,
} from '../flow/flow-machine';
import { forgetFlow, loadFlow, saveFlow } from '../flow/flow-storage';
import { totalsOf } from '../flow/pricing';
import { HoldCountdown } from '../ui/hold-countdown';
import { ProblemAlert } from '../ui/problem-alert';
import { DetailsStep } from './details-step';
import { ExtrasStep } from './extras-step';
import { PartyStep } from './party-step';
import { ReviewStep } from './review-step';
import { ZoneStep } from './zone-step';
import { LoadFailed } from '../../shared/load-failed';

export default function BookingFlowPage() {
  const { performanceId = '' } = useParams();
  const { bt } = useBookingT();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const availability = await fetchAvailability(performanceId, signal);
      const show = await fetchShow(availability.showId, signal);
      return { availability, show };
    },
    [performanceId],
  );
  const loaded = useLoad(load);

  if (!loaded.data) {
    return (
      <GuestPage eyebrow={bt('flow.eyebrow')} title={bt('flow.loading')}>
        {loaded.error ? (
          <LoadFailed error={loaded.error} onRetry={loaded.reload} />
        ) : (
          <Loading className="space-y-3">
            <Skeleton pulse={false} className="h-16" />
            <Skeleton className="h-40" />
            <Skeleton pulse={false} className="h-40" />
          </Loading>
        )}
      </GuestPage>
    );
  }
  return <Flow performanceId={performanceId} {...loaded.data} />;
}

function Flow({
  performanceId,
  availability: initialAvailability,
  show,
}: {
  performanceId: string;
  availability: PerformanceAvailability;
  show: Awaited<ReturnType<typeof fetchShow>>;
}) {
  const { t, bt, locale, when, money } = useBookingT();
  const navigate = useNavigate();
  const [availability, setAvailability] = useState(initialAvailability);
  const [state, dispatch] = useReducer(flowReducer, performanceId, loadFlow);
  useEffect(() => saveFlow(performanceId, state), [performanceId, state]);
  const [form, setForm] = useState(emptyDetails);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [problem, setProblem] = useState<BookingProblem | null>(null);
  const [busy, setBusy] = useState(false);
  /** The idempotency key of the hold being attempted: reused on a retry, new for a new hold. */
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  const { step, selection } = state;
  const totals = totalsOf(selection, availability.zones, show.extras);
  const title = locale === 'fr' ? show.titleFr : show.titleEn;
  const date = when(availability.startsAt, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

  const refresh = useCallback(() => {
    fetchAvailability(performanceId).then(setAvailability, () => undefined);
  }, [performanceId]);

  // Places left, live: other guests' holds and cancellations show as they happen.
  useRealtime(`availability:${performanceId}`, (event) => {
    if (event.kind === 'refetch') return refresh();
    setAvailability((current) => withLiveSeats(current, event.data));
  });

  const onExpire = useCallback(() => {
    attempt.current = null;
    setProblem({ message: bt('flow.countdown.expired'), action: 'rehold' });
  }, [bt]);

  function fail(error: unknown) {
    const found = describeBookingError(t, bt, error);
    if (found.action === 'zone') {
      dispatch({ type: 'released' });
      dispatch({ type: 'zone', zoneId: null });
      dispatch({ type: 'go', step: 'zone' });
      refresh();
    }
    if (found.action !== 'retry') attempt.current = null;
    setProblem(found);
  }

  async function hold() {
    const { formulaId, zoneId, partySize } = selection;
    if (!formulaId || !zoneId) return;
    const signature = selectionSignature(selection);
    if (attempt.current?.signature !== signature) {
      attempt.current = { signature, key: crypto.randomUUID() };
    }
    const { key } = attempt.current;
    const previous = state.hold;
    setBusy(true);
    setProblem(null);
    try {
      const held = await retryWhileUnavailable(() =>
        createHold({
          performanceId,
          lines: [{ formulaId, zoneId, guests: partySize }],
          extras: Object.entries(selection.extras)
            .filter(([, quantity]) => quantity > 0)
            .map(([extraId, quantity]) => ({ extraId, quantity })),
          idempotencyKey: key,
        }),
      );
      attempt.current = null;
      storeBookingToken(held.bookingId, held.bookingToken);
      // The places of a hold the guest changed their mind about go back on sale now.
      if (previous && previous.bookingId !== held.bookingId) {
        cancelBooking(previous.bookingId).catch(() => undefined);
      }
      dispatch({ type: 'held', hold: { ...held, signature } });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!state.hold) return;
    const { bookingId } = state.hold;
    setBusy(true);
    setProblem(null);
    const confirmed = (id: string) => {
      forgetFlow(performanceId);
      navigate(`/bookings/${id}`, { state: { confirmed: true } });
    };
    try {
      // Confirming twice confirms once: a confirmation whose answer was lost is simply sent again
      // while the service is briefly away (a database restart takes a few seconds).
      const booking = await retryWhileUnavailable(
        () => confirmBooking(bookingId, confirmRequest(form, selection.partySize, locale)),
        { tries: 6 },
      );
      confirmed(booking.id);
    } catch (error) {
      if (!isTransient(error)) {
        fail(error);
        setBusy(false);
        return;
      }
      // Still no answer: the confirmation may have been recorded. Say what we know, not "failed".
      const known = await fetchBooking(bookingId).catch(() => undefined);
      if (known?.status === 'confirmed') {
        confirmed(known.id);
        return;
      }
      setProblem({
        message: known ? bt('flow.confirm.notYet') : bt('flow.confirm.unknown'),
        action: 'retry',
      });
      setBusy(false);
    }
  }

  function next(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!canLeave(step, selection)) {
      const message = step === 'party' ? bt('flow.formula.required') : bt('flow.zone.required');
      setProblem({ message, action: 'fix' });
      return;
    }
    if (step === 'extras') {
      if (holdMatches(state)) dispatch({ type: 'go', step: 'details' });
      else void hold();
      return;
    }
    if (step === 'details') {
      const found = checkDetails(form);
      // The fields show their errors at once, so that the first of them can take the focus; the
      // summary beside the button says (and announces) how many need a look.
      flushSync(() => setErrors(found));
      const count = Object.keys(found).length;
      if (count > 0) {
        setProblem({ message: bt('flow.details.fixErrors', { count }), action: 'fix' });
        const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]');
        // Focusing alone left the field off screen when the guest submitted from far below it.
        invalid?.focus({ preventScroll: true });
        invalid?.scrollIntoView({ block: 'center' });
        return;
      }
    }
    if (step === 'review') {
      void confirm();
      return;
    }
    if (step === 'party') refresh();
    dispatch({ type: 'go', step: nextStep(step) });
  }

  function onAction() {
    if (!problem) return;
    if (problem.action === 'rehold') void hold();
    else if (problem.action === 'zone') setProblem(null);
    else if (problem.action === 'otherDate') navigate(`/shows/${show.slug}#dates`);
    else if (problem.action === 'retry') {
      if (step === 'review') void confirm();
      else if (step === 'extras') void hold();
      else setProblem(null);
    }
  }

  const stepProps = { selection, dispatch, show, availability };
  const formula = show.formulas.find((f) => f.id === selection.formulaId);

  if (!availability.salesOpen) {
    return (
      <GuestPage eyebrow={bt('flow.eyebrow')} title={title} lead={date}>
        <ProblemAlert
          problem={{ message: t('error.SALES_CLOSED'), action: 'otherDate' }}
          onAction={() => navigate(`/shows/${show.slug}#dates`)}
        />
      </GuestPage>
    );
  }

  return (
    <GuestPage
      eyebrow={bt('flow.eyebrow')}
      title={title}
      lead={<span className="first-letter:uppercase">{date}</span>}
      focusKey={step}
    >
      <StepIndicator
        label={bt('flow.steps')}
        steps={STEPS.map((name) => bt(`flow.step.${name}`))}
        current={STEPS.indexOf(step)}
        status={bt('flow.stepOf', {
          current: STEPS.indexOf(step) + 1,
          total: STEPS.length,
          name: bt(`flow.step.${step}`),
        })}
      />
      {state.hold && needsHold(step) && (
        <div className="mt-5">
          <HoldCountdown expiresAt={state.hold.expiresAt} onExpire={onExpire} />
        </div>
      )}
      <form noValidate onSubmit={next} className="mt-8 space-y-6">
        {step === 'party' && <PartyStep {...stepProps} />}
        {step === 'zone' && <ZoneStep {...stepProps} />}
        {step === 'extras' && <ExtrasStep {...stepProps} />}
        {step === 'details' && (
          <DetailsStep
            form={form}
            onChange={setForm}
            errors={errors}
            partySize={selection.partySize}
            formula={formula}
          />
        )}
        {step === 'review' && (
          <ReviewStep
            show={show}
            selection={selection}
            totals={totals}
            heldTotalCents={state.hold?.totalCents ?? null}
            form={form}
            rules={availability.cancellationRules}
          />
        )}
        {problem && <ProblemAlert problem={problem} onAction={onAction} />}
        <div className="flex flex-col-reverse gap-3 border-t border-white/10 pt-6 sm:flex-row sm:items-center sm:justify-between">
          {step === 'party' ? (
            <ButtonLink to={`/shows/${show.slug}#dates`}>{bt('flow.back')}</ButtonLink>
          ) : (
            <Button
              onClick={() => {
                setProblem(null);
                dispatch({ type: 'go', step: previousStep(step) });
              }}
            >
              {bt('flow.back')}
            </Button>
          )}
          <div className="flex flex-col items-stretch gap-1 sm:items-end">
            {step !== 'party' && totals.totalCents > 0 && step !== 'review' && (
              <p className="text-center text-sm text-mist sm:text-right">
                {bt('flow.review.total')} ·{' '}
                <span className="text-gold-bright tabular-nums">{money(totals.totalCents)}</span>
              </p>
            )}
            <Button type="submit" variant="primary" disabled={busy}>
              {busy
                ? step === 'review'
                  ? bt('flow.review.confirming')
                  : bt('flow.holding')
                : step === 'review'
                  ? bt('flow.review.confirm')
                  : bt('flow.next')}
            </Button>
          </div>
        </div>
      </form>
    </GuestPage>
  );
}
