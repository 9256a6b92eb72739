import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import type { VenueContact } from '../../types/venue';
import { ContactLines } from './contact-lines';
import { FanMark } from './fan-mark';

/** `contact`: the venue's details (null while loading or unavailable); left out, no contact column. */
export function SiteFooter({ contact }: { contact?: VenueContact | null | undefined }) {
  const { t } = useT();
  return (
    <footer className="border-t border-gold/15 bg-black/50">
      <div className="mx-auto grid max-w-6xl gap-10 px-6 py-14 text-center sm:px-8 md:grid-cols-3 md:text-left">
        <div className="flex flex-col items-center gap-3 md:items-start">
          <FanMark className="h-9 w-auto text-gold" />
          <p className="font-display text-3xl font-semibold text-cream">La Diva Cabaret</p>
          <p className="text-xs tracking-[0.28em] text-gold uppercase">{t('footer.tagline')}</p>
        </div>
        {contact !== undefined && (
          <div className="text-sm leading-relaxed text-mist">
            <ContactLines contact={contact} />
          </div>
        )}
        <nav aria-label={t('footer.staff')} className="text-sm md:col-start-3 md:text-right">
          <Link
            to="/admin"
            className="text-mist underline decoration-gold/40 underline-offset-4 hover:text-gold-bright"
          >
            {t('footer.staff')}
          </Link>
        </nav>
      </div>
      <p className="border-t border-white/5 px-6 py-5 text-center text-xs text-mist/80">
        {t('footer.rights', { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
