// Headings of pages and sections, for guests (a centred title on the stage, its gold divider) and
// staff (a title on the left, the page's actions on the right, denser).
import { forwardRef, type ReactNode } from 'react';
import { GoldDivider } from './gold-divider';
import { eyebrowClass } from './heading-class';

// On paper (the staff's printed sheets) a title is set small whatever the screen's density.
const TITLE_SIZES = {
  large: 'text-4xl sm:text-5xl compact:text-3xl compact:sm:text-3xl print:text-3xl',
  medium: 'text-3xl sm:text-4xl compact:text-3xl compact:sm:text-3xl print:text-3xl',
} as const;

export interface PageHeadingProps {
  title: ReactNode;
  eyebrow?: ReactNode;
  /** Under the title: what the page is for, the show and its date, who is signed in… */
  lead?: ReactNode;
  /** The page's own actions, beside the title (left-aligned headings only). */
  actions?: ReactNode;
  /** `center`: on the stage, with the gold divider (guests); `start`: a working page (staff). */
  align?: 'center' | 'start';
  size?: keyof typeof TITLE_SIZES;
  className?: string;
}

/**
 * The page's <h1> and what goes with it. Given a ref (useFocusOnChange), the heading can take the
 * focus when the page's step changes.
 */
export const PageHeading = forwardRef<HTMLHeadingElement, PageHeadingProps>(function PageHeading(
  { title, eyebrow, lead, actions, align = 'start', size = 'large', className = '' },
  ref,
) {
  const center = align === 'center';
  // A stage title keeps its place below the header, overline or not.
  const spaced = Boolean(eyebrow) || (center && size === 'large');
  const heading = (
    <>
      {eyebrow ? <p className={eyebrowClass}>{eyebrow}</p> : null}
      <h1
        ref={ref}
        tabIndex={ref ? -1 : undefined}
        className={`${spaced ? 'mt-3 compact:mt-1' : ''} font-display leading-tight font-medium text-balance text-cream focus:outline-none ${TITLE_SIZES[size]}`}
      >
        {title}
      </h1>
    </>
  );
  if (center) {
    return (
      <div className={`text-center ${className}`}>
        {heading}
        <GoldDivider className="mt-4" />
        {lead ? (
          <div className={`mt-4 text-sm text-mist ${size === 'medium' ? 'leading-relaxed' : ''}`}>
            {lead}
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <div className={`flex flex-wrap items-end justify-between gap-x-6 gap-y-3 ${className}`}>
      <div className="min-w-0">
        {heading}
        {lead ? <div className="mt-1.5 max-w-2xl text-sm text-mist">{lead}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
});
