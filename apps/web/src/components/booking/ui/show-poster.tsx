// A show's poster: the image staff uploaded (responsive WebP, lib/posters), or else one drawn in
// CSS — an art-deco frame, a sunburst and the fan, in colours picked from its slug (no file to
// download). The box keeps its size either way: nothing shifts when the image arrives.
import { posterSources } from '../../../lib/posters/poster-sources';
import { FanMark } from '../../shared/fan-mark';

const PAPERS = [
  'from-wine via-velvet to-velvet-deep',
  'from-[#4a1744] via-[#2c0c2a] to-[#14060f]',
  'from-[#1d2a44] via-[#111a2d] to-[#080b14]',
  'from-[#3d2a12] via-[#24170a] to-[#100a05]',
] as const;

function paperOf(slug: string): string {
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PAPERS[hash % PAPERS.length]!;
}

export function ShowPoster({
  slug,
  title,
  imagePath = null,
  sizes = '(min-width: 640px) 33vw, 7rem',
  className = '',
}: {
  slug: string;
  title: string;
  /** The show's uploaded poster (its storage key), if any. */
  imagePath?: string | null;
  /** How wide the poster is drawn, for the browser's choice among the renditions. */
  sizes?: string;
  className?: string;
}) {
  const sources = posterSources(imagePath);
  if (sources) {
    return (
      <img
        src={sources.src}
        srcSet={sources.srcSet}
        sizes={sizes}
        alt=""
        loading="lazy"
        decoding="async"
        className={`rounded-sm bg-ink object-cover ${className}`}
      />
    );
  }
  return (
    <div
      aria-hidden="true"
      className={`relative isolate overflow-hidden rounded-sm bg-linear-to-b ${paperOf(slug)} ${className}`}
    >
      <div className="absolute inset-0 -z-10 bg-[repeating-conic-gradient(from_-90deg_at_50%_100%,rgb(240_213_154/0.09)_0deg_3deg,transparent_3deg_9deg)]" />
      <div className="absolute inset-2 border border-gold/40 sm:inset-3" />
      <div className="absolute inset-3.5 border border-gold/15 sm:inset-5" />
      <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 px-5 text-center">
        <FanMark className="h-8 w-auto text-gold/80 sm:h-12" />
        <span className="font-display text-lg leading-tight text-balance text-cream italic sm:text-2xl">
          {title}
        </span>
        <span className="h-px w-12 bg-gold/60" />
        <span className="text-[0.6rem] font-semibold tracking-[0.35em] text-gold-bright/80 uppercase">
          La Diva
        </span>
      </div>
    </div>
  );
}
