// /shows/:slug: the show, its packages and prices per area, and its calendar of performances.
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useBookingT } from '../../../hooks/use-booking-t';
import { useLoad } from '../../../hooks/use-load';
import { ButtonLink } from '../../shared/button';
import { buttonClass } from '../../shared/button-class';
import { sectionTitleClass } from '../../shared/heading-class';
import { Loading, Skeleton } from '../../shared/loading';
import { panelClass } from '../../shared/panel-class';
import { TextLink } from '../../shared/text-link';
import { PageShell } from '../../shared/page-shell';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { fetchPerformances, fetchShow } from '../api/catalogue-api';
import type { PerformanceSummary, ShowDetail } from '../api/types';
import { ShowPoster } from '../ui/show-poster';
import { availabilityOf, byDay, dayAvailability } from './calendar-model';
import { PerformanceCalendar } from './performance-calendar';
import { PriceTable } from './price-table';
import { LoadFailed } from '../../shared/load-failed';

const DAYS_AHEAD = 92;

export default function ShowPage() {
  const { slug = '' } = useParams();
  const { t, bt, locale } = useBookingT();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const show = await fetchShow(slug, signal);
      const from = new Date();
      const to = new Date(from.getTime() + (DAYS_AHEAD - 1) * 86_400_000);
      const performances = await fetchPerformances(
        { showId: show.id, from: from.toISOString(), to: to.toISOString() },
        signal,
      );
      return { show, performances };
    },
    [slug],
  );
  const { data, error, reload } = useLoad(load);
  const title = data ? (locale === 'fr' ? data.show.titleFr : data.show.titleEn) : '';
  useDocumentTitle(t('meta.page', { page: title || t('app.loading') }));

  return (
    <PageShell>
      <div className="relative isolate px-4 pt-24 pb-16 sm:px-6 sm:pt-32">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-[32rem] bg-[radial-gradient(ellipse_70%_70%_at_50%_0%,rgb(122_26_51/0.5),transparent_70%)]"
        />
        <div className="mx-auto max-w-5xl">
          <TextLink to="/#revues" className="text-sm">
            ← {bt('show.back')}
          </TextLink>
          {error && !data ? (
            <LoadFailed
              className="mt-8"
              error={error}
              onRetry={reload}
              message={errorCodeIs404(error) ? bt('show.notFound') : undefined}
            />
          ) : data ? (
            <ShowContent show={data.show} performances={data.performances} />
          ) : (
            <ShowSkeleton />
          )}
        </div>
      </div>
    </PageShell>
  );
}

function errorCodeIs404(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: number }).status === 404
  );
}

function ShowSkeleton() {
  return (
    <Loading className="mt-6 grid gap-8 md:grid-cols-[18rem_1fr]">
      <Skeleton shape="line" className="mx-auto aspect-3/4 w-44 md:w-full" />
      <div className="space-y-4">
        <Skeleton shape="line" pulse={false} className="h-12 w-3/4" />
        <Skeleton shape="line" pulse={false} className="h-4 w-full" />
        <Skeleton shape="line" pulse={false} className="h-4 w-2/3" />
        <Skeleton pulse={false} className="mt-8 h-80" />
      </div>
    </Loading>
  );
}

function ShowContent({
  show,
  performances,
}: {
  show: ShowDetail;
  performances: PerformanceSummary[];
}) {
  const { bt, locale, when } = useBookingT();
  const title = locale === 'fr' ? show.titleFr : show.titleEn;
  const days = useMemo(() => byDay(performances), [performances]);
  const firstOpen =
    [...days.entries()].find(([, list]) =>
      ['available', 'few'].includes(dayAvailability(list)),
    )?.[0] ?? null;
  const [day, setDay] = useState<string | null>(firstOpen);
  const chosen = day ? (days.get(day) ?? []) : [];

  return (
    <>
      <header className="mt-6 grid items-center gap-6 md:grid-cols-[18rem_1fr] md:gap-10">
        <ShowPoster
          slug={show.slug}
          title={title}
          imagePath={show.imagePath}
          sizes="(min-width: 768px) 20rem, 11rem"
          className="mx-auto aspect-3/4 w-44 md:w-full"
        />
        <div className="text-center md:text-left">
          <h1 className="font-display text-4xl leading-tight font-medium text-balance text-cream sm:text-6xl">
            {title}
          </h1>
          <p className="mt-3 text-sm tracking-[0.2em] text-gold uppercase">
            {bt('show.duration', { minutes: show.durationMinutes })}
          </p>
          <p className="mt-5 text-lg leading-relaxed text-pretty text-mist">
            {locale === 'fr' ? show.descriptionFr : show.descriptionEn}
          </p>
          <a href="#dates" className={`${buttonClass({ variant: 'primary' })} mt-6`}>
            {bt('show.cta')}
          </a>
        </div>
      </header>

      <div className="mt-14 grid gap-8 lg:grid-cols-[1fr_24rem]">
        <section
          id="dates"
          aria-labelledby="dates-title"
          className={`${panelClass()} scroll-mt-24`}
        >
          <h2 id="dates-title" className={sectionTitleClass}>
            {bt('show.calendar.title')}
          </h2>
          {performances.length === 0 ? (
            <p className="mt-4 text-mist">{bt('show.calendar.empty')}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-mist">{bt('show.calendar.lead')}</p>
              <div className="mt-5">
                <PerformanceCalendar
                  performances={performances}
                  selectedDay={day}
                  onSelect={setDay}
                />
              </div>
              <div aria-live="polite" className="mt-6 min-h-24">
                {day && chosen.length > 0 && (
                  <>
                    <h3 className="font-display text-xl text-cream first-letter:uppercase">
                      {bt('show.performance.title', {
                        date: when(`${day}T12:00:00Z`, {
                          weekday: 'long',
                          day: 'numeric',
                          month: 'long',
                        }),
                      })}
                    </h3>
                    <ul className="mt-3 space-y-3">
                      {chosen.map((performance) => (
                        <PerformanceRow key={performance.id} performance={performance} />
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </>
          )}
        </section>
        <PriceTable show={show} />
      </div>
    </>
  );
}

function PerformanceRow({ performance }: { performance: PerformanceSummary }) {
  const { bt, when } = useBookingT();
  const state = availabilityOf(performance);
  const time = (iso: string) => when(iso, { hour: '2-digit', minute: '2-digit' });
  const open = state === 'available' || state === 'few';
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-white/10 bg-night/60 p-4">
      <div>
        <p className="text-cream">
          {bt('show.performance.time', {
            time: time(performance.startsAt),
            doors: time(performance.doorsAt),
          })}
        </p>
        <p className={`text-sm ${state === 'few' ? 'text-amber-200' : 'text-mist'}`}>
          {open
            ? bt('show.performance.seatsLeft', { count: performance.seatsLeft })
            : bt(`show.calendar.${state}`)}
        </p>
      </div>
      {open && (
        <ButtonLink to={`/book/${performance.id}`} variant="primary">
          {bt('show.performance.book')}
        </ButtonLink>
      )}
    </li>
  );
}
