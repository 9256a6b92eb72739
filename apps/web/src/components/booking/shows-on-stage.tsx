// The home page's season: each show with its poster, its next date and the way to its page.
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { INTL_LOCALE } from '../../lib/i18n/locale';
import { SectionHeading } from '../shared/section-heading';
import { useShows } from './api/use-shows';
import { ShowPoster } from './ui/show-poster';

const card =
  'flex gap-5 rounded-sm border border-gold/15 bg-ink/70 p-3 sm:flex-col sm:gap-0 sm:p-0';
const poster = 'aspect-3/4 w-28 shrink-0 sm:w-full sm:rounded-b-none';

export function ShowsOnStage() {
  const { t, locale } = useT();
  const state = useShows();
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });
  return (
    <section id="revues" aria-labelledby="shows-title" className="px-6 py-20 sm:px-8 sm:py-28">
      <SectionHeading
        id="shows-title"
        eyebrow={t('shows.eyebrow')}
        title={t('shows.title')}
        lead={t('shows.lead')}
      />
      {state.status === 'ready' && state.shows.length > 0 ? (
        <ul className="mx-auto mt-14 grid max-w-5xl gap-5 sm:grid-cols-2 sm:gap-7 lg:grid-cols-3">
          {state.shows.map((show) => {
            const title = locale === 'fr' ? show.titleFr : show.titleEn;
            return (
              <li key={show.id} className={`group relative ${card}`}>
                <ShowPoster
                  slug={show.slug}
                  title={title}
                  imagePath={show.imagePath}
                  className={poster}
                />
                <div className="flex flex-1 flex-col justify-center gap-2 py-2 sm:p-6">
                  <h3 className="font-display text-2xl font-medium text-cream">
                    <Link
                      to={`/shows/${show.slug}`}
                      className="after:absolute after:inset-0 group-hover:text-gold-bright"
                    >
                      {title}
                    </Link>
                  </h3>
                  <p className="text-sm leading-relaxed text-mist">
                    {locale === 'fr' ? show.descriptionFr : show.descriptionEn}
                  </p>
                  <p className="text-sm text-gold-bright first-letter:uppercase">
                    {show.nextStartsAt
                      ? t('shows.next', { date: date.format(Date.parse(show.nextStartsAt)) })
                      : t('shows.noDate')}
                  </p>
                  <span className="mt-1 text-sm font-semibold text-gold">{t('shows.cta')} →</span>
                </div>
              </li>
            );
          })}
        </ul>
      ) : state.status === 'loading' ? (
        <ul
          aria-busy="true"
          className="mx-auto mt-14 grid max-w-5xl gap-5 sm:grid-cols-2 sm:gap-7 lg:grid-cols-3"
        >
          {[0, 1].map((i) => (
            <li key={i} aria-hidden="true" className={card}>
              <div className={`${poster} animate-pulse bg-cream/5 motion-reduce:animate-none`} />
              <div className="flex flex-1 flex-col justify-center gap-3 py-2 sm:p-6">
                <span className="h-6 w-4/5 rounded-sm bg-cream/12" />
                <span className="h-3 w-full rounded-sm bg-cream/8" />
                <span className="h-3 w-2/3 rounded-sm bg-cream/8" />
              </div>
            </li>
          ))}
          <li className="sr-only">{t('app.loading')}</li>
        </ul>
      ) : (
        <p className="mx-auto mt-14 max-w-xl rounded-sm border border-gold/20 bg-ink/70 p-6 text-center text-mist">
          {state.status === 'error' ? t('shows.error') : t('shows.empty')}
        </p>
      )}
    </section>
  );
}
