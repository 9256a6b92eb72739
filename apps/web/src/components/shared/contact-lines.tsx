import { useT } from '../../hooks/use-t';
import type { VenueContact } from '../../types/venue';

/**
 * The venue's address, phone and email when known; the static copy otherwise (while the API
 * answers, or when it cannot be reached).
 */
export function ContactLines({ contact }: { contact?: VenueContact | null | undefined }) {
  const { t } = useT();
  const phone = contact?.phone?.trim();
  const email = contact?.email?.trim();
  const linkClass =
    'text-cream underline decoration-gold/40 underline-offset-4 [overflow-wrap:anywhere] hover:text-gold-bright';
  const labelClass = 'block text-xs font-semibold tracking-[0.2em] text-gold uppercase';
  return (
    <address className="space-y-3 not-italic">
      <p className="text-cream">{contact?.address?.trim() || t('info.contact.addressFallback')}</p>
      {phone && (
        <p>
          <span className={labelClass}>{t('info.contact.phone')}</span>
          <a className={linkClass} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
            {phone}
          </a>
        </p>
      )}
      {email && (
        <p>
          <span className={labelClass}>{t('info.contact.email')}</span>
          <a className={linkClass} href={`mailto:${email}`}>
            {email}
          </a>
        </p>
      )}
      {!phone && !email && <p className="text-mist">{t('info.contact.soon')}</p>}
    </address>
  );
}
