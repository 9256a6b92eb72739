import type { ComponentType, ReactNode } from 'react';
import { useT } from '../../hooks/use-t';
import { INTL_LOCALE } from '../../lib/i18n/locale';
import type { VenueContact } from '../../types/venue';
import { ContactLines } from '../shared/contact-lines';
import { BowTieIcon, CalendarIcon, PinIcon } from '../shared/icons';
import { Loading } from '../shared/loading';
import { SectionHeading } from '../shared/section-heading';
import { useEvenings } from './api/use-evenings';
import { clockOf, weekdaysInWords } from './evenings-copy';

function InfoCard(props: {
  title: string;
  Icon: ComponentType<{ className?: string }>;
  children: ReactNode;
  busy?: boolean;
}) {
  const { title, Icon, children, busy } = props;
  return (
    <article
      aria-busy={busy}
      className="rounded-sm border border-gold/20 bg-ink/80 p-7 text-center sm:p-8 md:text-left"
    >
      <Icon className="mx-auto size-8 text-gold md:mx-0" />
      <h3 className="mt-4 font-display text-2xl font-medium text-cream">{title}</h3>
      <div className="mt-3 leading-relaxed text-mist">{children}</div>
    </article>
  );
}

/**
 * Which days, dinner (or doors) and curtain: computed by the API from the coming performances and
 * the formulas, never written here, so it always says what the calendar sells (ADR 0028).
 */
function EveningLines() {
  const { t, locale, formatWeekday, formatClock } = useT();
  const state = useEvenings();
  if (state.status === 'loading') return <Loading lines={3} className="space-y-2 py-1" />;
  if (state.status === 'error' || state.evenings.length === 0) {
    return <p>{t('info.evenings.none')}</p>;
  }
  const list = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' });
  const clock = (time: string) => formatClock(...clockOf(time));
  return (
    <dl className="space-y-4">
      {state.evenings.map((evening) => (
        <div key={`${evening.weekdays.join()} ${evening.curtain} ${evening.doors}`}>
          <dt className="text-cream first-letter:uppercase">
            {weekdaysInWords(evening.weekdays, {
              weekday: formatWeekday,
              range: (from, to) => t('info.evenings.days', { from, to }),
              list: (days) => list.format(days),
            })}
          </dt>
          <dd className="mt-1">
            {evening.dinner
              ? t('info.evenings.dinner', { time: clock(evening.dinner) })
              : t('info.evenings.doors', { time: clock(evening.doors) })}
          </dd>
          <dd>{t('info.evenings.show', { time: clock(evening.curtain) })}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PracticalInfo(props: { contact: VenueContact | null; loading: boolean }) {
  const { t } = useT();
  return (
    <section
      id="infos"
      aria-labelledby="info-title"
      className="scroll-mt-6 px-6 py-20 sm:px-8 sm:py-28"
    >
      <SectionHeading id="info-title" eyebrow={t('info.eyebrow')} title={t('info.title')} />
      <div className="mx-auto mt-14 grid max-w-5xl gap-5 md:grid-cols-3 md:gap-7">
        <InfoCard title={t('info.evenings.title')} Icon={CalendarIcon}>
          <EveningLines />
        </InfoCard>
        <InfoCard title={t('info.dress.title')} Icon={BowTieIcon}>
          <p>{t('info.dress.text')}</p>
        </InfoCard>
        <InfoCard title={t('info.contact.title')} Icon={PinIcon} busy={props.loading}>
          <ContactLines contact={props.contact} />
        </InfoCard>
      </div>
    </section>
  );
}
