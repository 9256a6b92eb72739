import { useState, type FormEvent } from 'react';
import { useT } from './use-t';
import { errorMessage } from '../lib/api/error-message';
import { looksLikeEmail } from '../lib/validation';

/**
 * A form that asks for something to be sent to an address (a reset link, a fresh verification
 * link): the address checked before sending, then where it went, or why it failed.
 */
export function useEmailRequest(send: (email: string) => Promise<unknown>) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!looksLikeEmail(email)) {
      setFieldError(t('auth.email.invalid'));
      return;
    }
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      await send(email.trim());
      setSentTo(email.trim());
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  return { email, setEmail, fieldError, error, sentTo, pending, submit };
}
