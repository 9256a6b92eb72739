import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { PREVIEW } from '../admin-test-fixtures';
import { stubApi } from '../../../test-api';

describe('Messages → Templates', () => {
  beforeEach(() => signInAs(ADMIN));

  it('previews a kind in a language: subject, sandboxed HTML, SMS length, push', async () => {
    const english = { ...PREVIEW, locale: 'en', subject: 'Booking confirmed' };
    const api = stubApi({
      'GET /api/notifications/templates/booking_confirmed/preview?locale=fr': { body: PREVIEW },
      'GET /api/notifications/templates/booking_confirmed/preview?locale=en': { body: english },
    });
    renderApp('/admin/messages/templates');

    expect(await screen.findByText(PREVIEW.subject)).toBeTruthy();
    const frame = screen.getByTitle(`Aperçu de l’e-mail « ${PREVIEW.subject} »`);
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('src')).toBe(
      `/api/notifications/templates/${PREVIEW.kind}/preview.html?locale=${PREVIEW.locale}`,
    );
    expect(screen.getByText(PREVIEW.sms)).toBeTruthy();
    expect(screen.getByText(`${PREVIEW.sms.length}/160 caractères · 1 SMS · GSM-7`)).toBeTruthy();
    expect(screen.getByText(PREVIEW.push.body)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Anglais' }));
    expect(await screen.findByText('Booking confirmed')).toBeTruthy();
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.unexpected).toEqual([]);
  });
});
