import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../hooks/use-t';
import { PageShell } from '../shared/page-shell';
import { useVenue } from './api/use-venue';
import { FormulasTeaser } from './formulas-teaser';
import { HomeHero } from './home-hero';
import { PracticalInfo } from './practical-info';
import { ShowsOnStage } from './shows-on-stage';

export function HomePage() {
  const { t, locale } = useT();
  useDocumentTitle(t('meta.home'));
  const { status, venue } = useVenue();
  const tagline = (locale === 'fr' ? venue?.taglineFr : venue?.taglineEn)?.trim();
  return (
    <PageShell contact={venue}>
      <HomeHero tagline={tagline || t('hero.tagline')} />
      <ShowsOnStage />
      <FormulasTeaser />
      <PracticalInfo contact={venue} loading={status === 'loading'} />
    </PageShell>
  );
}
