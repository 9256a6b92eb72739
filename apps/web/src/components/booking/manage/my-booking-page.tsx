// /my-booking: opened from the emailed manage link (`#token=…`: read, taken out of the address
// bar at once, exchanged for a booking token kept in this tab), or the form that sends that link.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { ApiError } from '../../../lib/api/api-request';
import { errorMessage } from '../../../lib/api/error-message';
import { Alert } from '../../shared/alert';
import { Button } from '../../shared/button';
import { GuestPage } from '../../shared/guest-page';
import { panelClass } from '../../shared/panel-class';
import { TextLink } from '../../shared/text-link';
import { useLinkToken } from '../../../hooks/use-link-token';
import { once } from '../../../lib/once';
import { EmailField, TextField } from '../../shared/field';
import { useEmailRequest } from '../../../hooks/use-email-request';
import { storeBookingToken } from '../api/booking-access';
import { exchangeBookingLink, requestBookingLink } from '../api/booking-api';

const REFERENCE = /^[2-9A-HJKMNP-Z]{8}$/;

export default function MyBookingPage() {
  const token = useLinkToken();
  const { t, bt } = useBookingT();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!token) return;
    once(`booking-link:${token}`, () => exchangeBookingLink(token)).then(
      ({ bookingId, bookingToken }) => {
        storeBookingToken(bookingId, bookingToken);
        navigate(`/bookings/${bookingId}`, { replace: true });
      },
      setFailure,
    );
  }, [token, navigate]);

  if (token && !failure) {
    return (
      <GuestPage title={bt('myBooking.title')}>
        <p role="status" className="text-center text-mist">
          {bt('myBooking.opening')}
        </p>
      </GuestPage>
    );
  }
  const invalid = failure instanceof ApiError && failure.code === 'INVALID_LINK';
  return (
    <GuestPage title={bt('myBooking.title')} lead={bt('myBooking.lead')}>
      {failure ? (
        <Alert tone="error" className="mb-5">
          {invalid ? t('error.INVALID_LINK') : errorMessage(t, failure)}
        </Alert>
      ) : null}
      <FindBookingForm />
    </GuestPage>
  );
}

function FindBookingForm() {
  const { t, bt } = useBookingT();
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState(false);
  const request = useEmailRequest((email) =>
    requestBookingLink(reference.trim().toUpperCase(), email),
  );

  function submit(event: FormEvent) {
    const valid = REFERENCE.test(reference.trim().toUpperCase());
    setReferenceError(!valid);
    if (!valid) {
      event.preventDefault();
      return;
    }
    void request.submit(event);
  }

  if (request.sentTo) {
    return (
      <div role="status" className={`${panelClass({ tone: 'raised' })} text-center`}>
        <h2 className="font-display text-2xl text-cream">{bt('myBooking.sentTitle')}</h2>
        <p className="mt-3 text-mist">{bt('myBooking.sentText', { email: request.sentTo })}</p>
        <TextLink to="/" className="mt-5 inline-flex">
          ← La Diva
        </TextLink>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={submit} className={`${panelClass({ tone: 'raised' })} space-y-5`}>
      <TextField
        label={bt('myBooking.reference')}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={12}
        value={reference}
        error={referenceError ? bt('myBooking.referenceInvalid') : null}
        onChange={(event) => setReference(event.target.value)}
        controlClassName="font-mono tracking-[0.2em] uppercase"
      />
      <EmailField
        label={t('auth.email')}
        autoComplete="email"
        value={request.email}
        error={request.fieldError}
        onChange={(event) => request.setEmail(event.target.value)}
      />
      <Alert tone="error">{request.error}</Alert>
      <Button type="submit" variant="primary" disabled={request.pending} className="w-full">
        {bt('myBooking.send')}
      </Button>
    </form>
  );
}
