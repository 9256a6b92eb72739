// A show's image as <img src srcset>. A show keeps the storage key of its widest WebP rendition
// (`posters/<id>-<width>.webp`); the narrower ones follow the storage service's rule (ADR 0012):
// every POSTER_WIDTHS width below the widest, never enlarged. Anything else is not an uploaded
// poster: the page draws its own (ShowPoster) rather than ask for a file that is not there.
// Shared by the guest pages and the staff app.
import type { POSTER_WIDTHS as CONTRACT_WIDTHS } from '@ladiva/contract/storage';

/** The contract's widths (a type import keeps zod out of the bundle; the type checks they agree). */
const POSTER_WIDTHS = [480, 960, 1600] as const satisfies typeof CONTRACT_WIDTHS;

const KEY = /^posters\/([0-9a-f-]{36})-([1-9][0-9]{0,4})\.webp$/;

export interface PosterSources {
  src: string;
  srcSet?: string;
}

/** The storage key a show keeps for an uploaded poster: its widest rendition. */
export function posterKey(variants: readonly { width: number; url: string }[]): string | null {
  const widest = [...variants].sort((a, b) => b.width - a.width)[0];
  if (!widest) return null;
  const name = widest.url.split('/').pop();
  return name ? `posters/${name}` : null;
}

export function posterSources(imagePath: string | null): PosterSources | null {
  if (!imagePath) return null;
  const match = KEY.exec(imagePath);
  if (!match) return null;
  const [, id, widthText] = match;
  const widest = Number(widthText);
  const widths = [...POSTER_WIDTHS.filter((width) => width < widest), widest];
  const url = (width: number) => `/api/storage/posters/${id}-${width}.webp`;
  return {
    src: url(widths.find((width) => width >= 480) ?? widest),
    srcSet: widths.map((width) => `${url(width)} ${width}w`).join(', '),
  };
}
