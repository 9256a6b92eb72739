// The notification service's one entry point for words: given a kind, a language, the data and
// the venue, it validates the data and returns the email (HTML and text), the SMS and the push.
// Kinds only compose copy (kinds/*.ts); the layout, the text writer and the SMS fitter are shared.
import type { z } from 'zod';
import { renderEmailHtml } from './email-layout.tsx';
import { renderEmailText } from './email-text.ts';
import { venueBrandingSchema } from './fields.ts';
import { createFormatter, oneLine } from './format.ts';
import { bookingCancelled } from './kinds/booking-cancelled.ts';
import { bookingChanged } from './kinds/booking-changed.ts';
import { bookingConfirmed } from './kinds/booking-confirmed.ts';
import { emailVerification } from './kinds/email-verification.ts';
import { passwordReset } from './kinds/password-reset.ts';
import { reminder } from './kinds/reminder.ts';
import { staffAlert } from './kinds/staff-alert.ts';
import { staffInvitation } from './kinds/staff-invitation.ts';
import { fitSms } from './sms.ts';
import { TEMPLATE_KINDS } from '@ladiva/contract/notifications';
import { frenchSpacing } from './typography.ts';
import type { KindDefinition, Locale, RenderedMessage, VenueBranding } from './types.ts';

export type { Locale, RenderedMessage, VenueBranding } from './types.ts';

// The kinds are part of the API contract (previews, delivery log filters): defined there once.
export { TEMPLATE_KINDS };
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

const kinds = {
  email_verification: emailVerification,
  password_reset: passwordReset,
  staff_invitation: staffInvitation,
  booking_confirmed: bookingConfirmed,
  booking_changed: bookingChanged,
  booking_cancelled: bookingCancelled,
  reminder,
  staff_alert: staffAlert,
} as const satisfies { [K in TemplateKind]: unknown };
type Kinds = typeof kinds;

export const templateDataSchemas = Object.fromEntries(
  TEMPLATE_KINDS.map((kind) => [kind, kinds[kind].schema]),
) as { [K in TemplateKind]: Kinds[K]['schema'] };

export type TemplateData<K extends TemplateKind> = z.infer<(typeof templateDataSchemas)[K]>;

/** Realistic data for staff previews: one evening, one guest, told by every kind. */
export const sampleData = Object.fromEntries(
  TEMPLATE_KINDS.map((kind) => [kind, kinds[kind].sample]),
) as { [K in TemplateKind]: TemplateData<K> };

/** The data does not fit the kind: a bug in the caller, so retrying will not help. */
export class TemplateDataError extends Error {
  override name = 'TemplateDataError';

  constructor(
    readonly kind: string,
    readonly fields: { path: string; message: string }[],
  ) {
    const list = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
    super(`Invalid data for the "${kind}" template: ${list}`);
  }
}

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(data)',
    message: issue.message,
  }));

export async function renderTemplate<K extends TemplateKind>(
  kind: K,
  locale: Locale,
  data: unknown,
  venue: VenueBranding,
): Promise<RenderedMessage> {
  // Kind and locale usually come from a queued job's JSON, so they are checked, not trusted.
  if (!Object.hasOwn(kinds, kind)) {
    throw new TemplateDataError(String(kind), [{ path: 'kind', message: 'Unknown template' }]);
  }
  if (!LOCALES.includes(locale)) {
    throw new TemplateDataError(kind, [
      { path: 'locale', message: `Expected one of ${LOCALES.join(', ')}` },
    ]);
  }
  // The schema below is this very definition's, so its output fits its own copy functions.
  const definition = kinds[kind] as unknown as KindDefinition<z.ZodType>;
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) throw new TemplateDataError(kind, issuesOf(parsed.error));
  const branding = venueBrandingSchema.safeParse(venue);
  if (!branding.success) {
    throw new TemplateDataError(
      kind,
      issuesOf(branding.error).map((i) => ({ ...i, path: `venue.${i.path}` })),
    );
  }

  const f = createFormatter(locale);
  const context = { locale, venue: branding.data, f };
  const composed = definition.copy[locale](parsed.data, context);
  const email = locale === 'fr' ? frenchSpacing(composed.email) : composed.email;
  const withPreheader = { ...email, preheader: oneLine(email.preheader) };

  return {
    subject: oneLine(email.subject),
    html: await renderEmailHtml({ content: withPreheader, locale, venue: branding.data }),
    text: renderEmailText(email, branding.data, f),
    sms: fitSms(composed.sms),
    push: {
      title: oneLine(composed.push.title),
      body: oneLine(composed.push.body),
      ...(composed.push.url ? { url: composed.push.url } : {}),
    },
  };
}
