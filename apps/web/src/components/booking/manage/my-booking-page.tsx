// /my-booking: opened from the emailed manage link (`#token=…`: read, taken out of the address
// bar at once, exchanged for a booking token kept in this tab), or the form that sends that link.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { ApiError } from '../../../lib/api/api-request';
import { buttonPrimary, card, textLink } from '../../account/ui/classes';
import { errorMessage } from '../../account/ui/error-message';
import { FormAlert } from '../../account/ui/form-alert';
import { once, useLinkToken } from '../../account/ui/link-token';
import { EmailField, TextField } from '../../account/ui/text-field';
import { useEmailRequest } from '../../account/ui/use-email-request';
import { storeBookingToken } from '../api/booking-access';
import { exchangeBookingLink, requestBookingLink } from '../api/booking-api';
import { BookingLayout } from '../ui/booking-layout';

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
      <BookingLayout title={bt('myBooking.title')}>
        <p role="status" className="text-center text-mist">
          {bt('myBooking.opening')}
        </p>
      </BookingLayout>
    );
  }
  const invalid = failure instanceof ApiError && failure.code === 'INVALID_LINK';
  return (
    <BookingLayout title={bt('myBooking.title')} lead={bt('myBooking.lead')}>
      {failure ? (
        <FormAlert
          className="mb-5"
          error={invalid ? t('error.INVALID_LINK') : errorMessage(t, failure)}
        />
      ) : null}
      <FindBookingForm />
    </BookingLayout>
  );
}

function FindBookingForm() {
  const { bt } = useBookingT();
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
      <div role="status" className={`${card} text-center`}>
        <h2 className="font-display text-2xl text-cream">{bt('myBooking.sentTitle')}</h2>
        <p className="mt-3 text-mist">{bt('myBooking.sentText', { email: request.sentTo })}</p>
        <Link to="/" className={`${textLink} mt-5 inline-flex`}>
          ← La Diva
        </Link>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={submit} className={`${card} space-y-5`}>
      <TextField
        label={bt('myBooking.reference')}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={12}
        value={reference}
        error={referenceError ? bt('myBooking.referenceInvalid') : null}
        onChange={(event) => setReference(event.target.value)}
        className="[&_input]:font-mono [&_input]:tracking-[0.2em] [&_input]:uppercase"
      />
      <EmailField
        autoComplete="email"
        value={request.email}
        error={request.fieldError}
        onChange={(event) => request.setEmail(event.target.value)}
      />
      <FormAlert error={request.error} />
      <button type="submit" disabled={request.pending} className={`${buttonPrimary} w-full`}>
        {bt('myBooking.send')}
      </button>
    </form>
  );
}
