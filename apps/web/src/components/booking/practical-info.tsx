import type { ComponentType, ReactNode } from 'react';
import { useT } from '../../hooks/use-t';
import type { VenueContact } from '../../types/venue';
import { ContactLines } from '../shared/contact-lines';
import { BowTieIcon, CalendarIcon, PinIcon } from '../shared/icons';
import { SectionHeading } from '../shared/section-heading';

/** Evenings Thursday (4) to Sunday (7), ISO numbered; wall-clock times at the venue. */
const EVENINGS = { from: 4, to: 7, dinner: [19, 30], show: [21, 30] } as const;

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

export function PracticalInfo(props: { contact: VenueContact | null; loading: boolean }) {
  const { t, formatWeekday, formatClock } = useT();
  const days = t('info.evenings.days', {
    from: formatWeekday(EVENINGS.from),
    to: formatWeekday(EVENINGS.to),
  });
  return (
    <section
      id="infos"
      aria-labelledby="info-title"
      className="scroll-mt-6 px-6 py-20 sm:px-8 sm:py-28"
    >
      <SectionHeading id="info-title" eyebrow={t('info.eyebrow')} title={t('info.title')} />
      <div className="mx-auto mt-14 grid max-w-5xl gap-5 md:grid-cols-3 md:gap-7">
        <InfoCard title={t('info.evenings.title')} Icon={CalendarIcon}>
          <p className="text-cream first-letter:uppercase">{days}</p>
          <p className="mt-1">
            {t('info.evenings.dinner', { time: formatClock(...EVENINGS.dinner) })}
          </p>
          <p>{t('info.evenings.show', { time: formatClock(...EVENINGS.show) })}</p>
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
