import { useT } from '../../hooks/use-t';
import { FanMark } from '../shared/fan-mark';
import { SectionHeading } from '../shared/section-heading';

// Three posters still under wraps, each in its own colours, where the catalogue will be listed.
const POSTERS = [
  { id: 'velvet', paper: 'from-wine via-velvet to-velvet-deep', ink: 'text-gold/70' },
  { id: 'plum', paper: 'from-[#4a1744] via-[#2c0c2a] to-[#14060f]', ink: 'text-gold-bright/60' },
  { id: 'midnight', paper: 'from-[#1d2a44] via-[#111a2d] to-[#080b14]', ink: 'text-gold/60' },
] as const;

export function ShowsComingSoon() {
  const { t } = useT();
  return (
    <section id="revues" aria-labelledby="shows-title" className="px-6 py-20 sm:px-8 sm:py-28">
      <SectionHeading
        id="shows-title"
        eyebrow={t('shows.eyebrow')}
        title={t('shows.title')}
        lead={t('shows.lead')}
      />
      <p className="sr-only">{t('shows.placeholder')}</p>
      <ul aria-hidden="true" className="mx-auto mt-14 grid max-w-5xl gap-5 sm:grid-cols-3 sm:gap-7">
        {POSTERS.map((poster) => (
          <li
            key={poster.id}
            className="flex gap-5 rounded-sm border border-gold/15 bg-ink/70 p-3 sm:flex-col sm:gap-0 sm:p-0"
          >
            <div
              className={`relative aspect-3/4 w-28 shrink-0 overflow-hidden rounded-sm bg-linear-to-b sm:w-full sm:rounded-b-none ${poster.paper}`}
            >
              <div className="absolute inset-2 border border-gold/35 sm:inset-3" />
              <div className="absolute inset-3.5 border border-gold/15 sm:inset-5" />
              <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 px-4 text-center">
                <FanMark className={`h-8 w-auto sm:h-14 ${poster.ink}`} />
                <span className="hidden font-display text-lg text-cream/85 italic sm:block">
                  {t('shows.poster')}
                </span>
              </div>
              <span className="absolute inset-0 animate-shimmer bg-linear-to-r from-transparent via-white/8 to-transparent motion-reduce:hidden" />
            </div>
            <div className="flex flex-1 flex-col justify-center gap-3 py-2 sm:p-6">
              <span className="w-fit rounded-full border border-gold/40 px-3 py-0.5 text-xs font-semibold tracking-[0.2em] text-gold uppercase">
                {t('shows.badge')}
              </span>
              <span className="h-5 w-4/5 rounded-sm bg-cream/12" />
              <span className="h-3 w-3/5 rounded-sm bg-cream/8" />
              <span className="h-3 w-2/3 rounded-sm bg-cream/8" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
