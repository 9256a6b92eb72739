import { GoldDivider } from './gold-divider';
import { eyebrowClass } from './heading-class';

interface SectionHeadingProps {
  id: string;
  eyebrow: string;
  title: string;
  lead?: string;
}

/** The heading of a page section: small gold overline, display title, optional lead. */
export function SectionHeading({ id, eyebrow, title, lead }: SectionHeadingProps) {
  return (
    <div className="mx-auto max-w-2xl text-center">
      <p className={eyebrowClass}>{eyebrow}</p>
      <h2
        id={id}
        className="mt-4 font-display text-4xl leading-tight font-medium text-balance text-cream sm:text-5xl"
      >
        {title}
      </h2>
      <GoldDivider className="mt-5" />
      {lead && <p className="mt-6 text-base leading-relaxed text-pretty text-mist">{lead}</p>}
    </div>
  );
}
