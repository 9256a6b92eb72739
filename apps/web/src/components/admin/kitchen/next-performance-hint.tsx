import { Link } from 'react-router';
import { parisDay } from '../ui/paris-day';
import { useKitchenT } from './messages';
import { useUpcomingPerformances } from './use-upcoming-performances';

/** On an empty day: a link to the next performance after it, if the programme has one. */
export function NextPerformanceHint({ after }: { after: string }) {
  const { at, when, locale } = useKitchenT();
  const upcoming = useUpcomingPerformances();
  const next = upcoming.data?.find((performance) => parisDay(performance.startsAt) > after);
  if (!next) return null;
  return (
    <>
      {at('sheet.nextHint')}{' '}
      <Link
        to={`?performance=${next.id}`}
        className="text-gold-bright underline underline-offset-4 hover:text-cream"
      >
        {when(next.startsAt, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
        })}
        {' · '}
        {locale === 'fr' ? next.titleFr : next.titleEn}
      </Link>
    </>
  );
}
