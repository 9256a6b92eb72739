import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../hooks/use-t';
import { ButtonLink } from './button';
import { GoldDivider } from './gold-divider';
import { PageShell } from './page-shell';

export default function NotFoundPage() {
  const { t } = useT();
  useDocumentTitle(t('meta.notFound'));
  return (
    <PageShell>
      <section
        aria-labelledby="not-found-title"
        className="relative isolate flex min-h-[80svh] flex-col items-center justify-center overflow-hidden px-6 pt-28 pb-20 text-center"
      >
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_50%_45%_at_50%_35%,rgb(122_26_51/0.55),transparent_70%)]"
        />
        <p
          aria-hidden="true"
          className="gold-text font-display text-[clamp(6rem,30vw,12rem)] leading-none font-normal"
        >
          404
        </p>
        <h1
          id="not-found-title"
          className="mt-4 max-w-xl font-display text-4xl font-medium text-balance text-cream sm:text-5xl"
        >
          {t('notFound.title')}
        </h1>
        <GoldDivider className="mt-6" />
        <p className="mt-6 max-w-md text-mist">{t('notFound.text')}</p>
        <ButtonLink to="/" variant="primary" className="mt-10">
          {t('notFound.back')}
        </ButtonLink>
      </section>
    </PageShell>
  );
}
