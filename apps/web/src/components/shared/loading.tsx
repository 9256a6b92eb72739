// Where content will be, while it loads: grey shapes in its place (nothing jumps when it arrives),
// announced once to screen readers.
import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-t';

const SHAPES = {
  /** A panel, a card, a poster. */
  block: 'rounded-2xl bg-cream/5',
  /** A line of text, a title. */
  line: 'rounded-sm bg-cream/10',
} as const;

/** A grey shape where something will be; it glows slowly unless motion is reduced. */
export function Skeleton({
  shape = 'block',
  pulse = true,
  className = '',
}: {
  shape?: keyof typeof SHAPES;
  pulse?: boolean;
  /** Its size and place. */
  className?: string;
}) {
  return (
    <div
      aria-hidden="true"
      className={`${SHAPES[shape]} compact:rounded compact:bg-white/[0.06] ${pulse ? 'animate-pulse motion-reduce:animate-none' : ''} ${className}`}
    />
  );
}

/**
 * "Loading…" for assistive technology, and `children` (the page's own shapes) or a few lines of
 * text-like skeleton.
 */
export function Loading({
  lines = 4,
  className = 'space-y-3 py-2',
  children,
}: {
  lines?: number;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div aria-busy="true" className={className}>
      <span role="status" className="sr-only">
        {t('app.loading')}
      </span>
      {children ??
        Array.from({ length: lines }, (_, index) => (
          <div
            key={index}
            aria-hidden="true"
            className="h-4 animate-pulse rounded bg-white/[0.06] motion-reduce:animate-none"
            style={{ width: `${90 - ((index * 17) % 40)}%` }}
          />
        ))}
    </div>
  );
}
