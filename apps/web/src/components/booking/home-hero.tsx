import { useT } from '../../hooks/use-t';
import { Sunburst } from '../shared/sunburst';
import { buttonClass } from '../shared/button-class';

export function HomeHero({ tagline }: { tagline: string }) {
  const { t } = useT();
  return (
    <section
      aria-labelledby="hero-title"
      className="relative isolate overflow-hidden bg-[linear-gradient(180deg,#2a0710_0%,#16060b_55%,#0d0709_100%)]"
    >
      {/* The stage: spotlight, rays, curtains, valance and footlights. */}
      <div
        aria-hidden="true"
        className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_70%_60%_at_50%_0%,rgb(240_213_154/0.22),transparent_70%)]"
      />
      <Sunburst className="absolute inset-x-0 top-0 -z-10 h-[85%] w-full text-gold/10" />
      <div aria-hidden="true" className="valance absolute inset-x-0 top-0 -z-10 h-5 sm:h-6" />
      <div
        aria-hidden="true"
        className="velvet-folds absolute inset-y-0 left-0 -z-10 w-[7vw] max-w-44 mask-r-from-40% sm:w-[12vw]"
      />
      <div
        aria-hidden="true"
        className="velvet-folds absolute inset-y-0 right-0 -z-10 w-[7vw] max-w-44 mask-l-from-40% sm:w-[12vw]"
      />
      <div
        aria-hidden="true"
        className="marquee-bulbs absolute inset-x-0 bottom-0 h-3 opacity-80 mask-x-from-70%"
      />

      <div className="mx-auto flex min-h-[max(40rem,92svh)] max-w-4xl flex-col items-center justify-center px-8 pt-28 pb-20 text-center">
        <p className="text-xs font-semibold tracking-[0.4em] text-gold-bright uppercase">
          {t('hero.eyebrow')}
        </p>
        <h1 id="hero-title" className="mt-6 font-display">
          <span className="gold-text block pb-2 text-[clamp(5rem,22vw,10.5rem)] leading-[0.9] font-medium">
            La Diva
          </span>{' '}
          <span className="mt-2 flex items-center justify-center gap-4 font-sans text-sm font-semibold tracking-[0.7em] text-gold-bright uppercase sm:text-base">
            <span aria-hidden="true" className="h-px w-10 bg-gold/60 sm:w-16" />
            <span className="-mr-[0.7em]">{t('hero.accent')}</span>
            <span aria-hidden="true" className="h-px w-10 bg-gold/60 sm:w-16" />
          </span>
        </h1>
        {/* Two lines kept for the tagline: the venue's own, when it arrives, moves nothing. */}
        <p className="mt-8 flex min-h-[2lh] w-full max-w-2xl items-center justify-center font-display text-2xl leading-snug text-balance text-cream italic sm:text-3xl">
          {tagline}
        </p>
        <p className="mt-4 max-w-xl text-base leading-relaxed text-pretty text-mist sm:text-lg">
          {t('hero.lead')}
        </p>
        <div className="mt-10 flex w-full flex-col items-stretch gap-3 sm:w-auto sm:flex-row sm:items-center">
          <a
            href="#revues"
            className={`${buttonClass({ variant: 'primary' })} shadow-lg shadow-gold/10`}
          >
            {t('hero.ctaPrimary')}
          </a>
          <a href="#infos" className={buttonClass()}>
            {t('hero.ctaSecondary')}
          </a>
        </div>
        <p className="mt-10 inline-flex items-center gap-2.5 rounded-full border border-gold/25 bg-black/30 px-4 py-2 text-xs text-cream/90 sm:text-sm">
          <span
            aria-hidden="true"
            className="size-2 animate-glow rounded-full bg-gold-bright motion-reduce:animate-none"
          />
          {t('hero.notice')}
        </p>
      </div>
    </section>
  );
}
