import type { ComponentType } from 'react';
import { useT } from '../../hooks/use-t';
import type { PlainMessageKey } from '../../lib/i18n/catalogue';
import { ClocheIcon, CoupeIcon, StarIcon } from '../shared/icons';
import { SectionHeading } from '../shared/section-heading';

interface Formula {
  id: string;
  name: PlainMessageKey;
  text: PlainMessageKey;
  Icon: ComponentType<{ className?: string }>;
  featured?: PlainMessageKey;
}

// A teaser of the packages: their prices and menus come with the catalogue.
const FORMULAS: readonly Formula[] = [
  { id: 'show', name: 'formulas.show.name', text: 'formulas.show.text', Icon: StarIcon },
  {
    id: 'dinner',
    name: 'formulas.dinner.name',
    text: 'formulas.dinner.text',
    Icon: ClocheIcon,
    featured: 'formulas.dinner.badge',
  },
  {
    id: 'champagne',
    name: 'formulas.champagne.name',
    text: 'formulas.champagne.text',
    Icon: CoupeIcon,
  },
];

export function FormulasTeaser() {
  const { t } = useT();
  return (
    <section
      id="formules"
      aria-labelledby="formulas-title"
      className="relative scroll-mt-6 border-y border-gold/10 bg-[radial-gradient(ellipse_80%_60%_at_50%_100%,rgb(92_15_36/0.45),transparent_70%)] px-6 py-20 sm:px-8 sm:py-28"
    >
      <SectionHeading
        id="formulas-title"
        eyebrow={t('formulas.eyebrow')}
        title={t('formulas.title')}
      />
      <ul className="mx-auto mt-14 grid max-w-5xl gap-5 md:grid-cols-3 md:gap-7">
        {FORMULAS.map(({ id, name, text, Icon, featured }) => (
          <li
            key={id}
            className={`relative flex flex-col rounded-sm border p-7 sm:p-8 ${
              featured
                ? 'border-gold/70 bg-linear-to-b from-velvet/70 to-ink shadow-xl shadow-black/40'
                : 'border-gold/20 bg-ink/80'
            }`}
          >
            {featured && (
              <p className="absolute -top-3 left-7 rounded-full bg-gold px-3 py-1 text-xs font-semibold tracking-[0.15em] text-night uppercase">
                {t(featured)}
              </p>
            )}
            <Icon className="size-9 text-gold" />
            <h3 className="mt-5 font-display text-3xl font-medium text-cream">{t(name)}</h3>
            <p className="mt-3 leading-relaxed text-mist">{t(text)}</p>
          </li>
        ))}
      </ul>
      <p className="mx-auto mt-10 max-w-xl text-center font-display text-xl text-cream/85 italic">
        {t('formulas.note')}
      </p>
    </section>
  );
}
