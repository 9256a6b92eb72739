// The staff app. Its own lazy chunk (routes.tsx): a guest never downloads it, and the service
// worker does not precache it (vite.config.ts).
import { Link } from 'react-router';
import { FanMark } from '../shared/fan-mark';
import { GoldDivider } from '../shared/gold-divider';
import { PageShell } from '../shared/page-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../hooks/use-t';

export default function AdminApp() {
  const { t } = useT();
  useDocumentTitle(t('meta.admin'));
  return (
    <PageShell>
      <section
        aria-labelledby="admin-title"
        className="flex min-h-[80svh] items-center justify-center bg-[linear-gradient(180deg,#1b0a10_0%,#0d0709_70%)] px-6 pt-28 pb-20"
      >
        <div className="w-full max-w-lg rounded-sm border border-gold/25 bg-ink/80 p-8 text-center shadow-2xl shadow-black/60 sm:p-12">
          <FanMark className="mx-auto h-10 w-auto text-gold" />
          <p className="mt-6 text-xs font-semibold tracking-[0.32em] text-gold uppercase">
            La Diva Cabaret
          </p>
          <h1 id="admin-title" className="mt-3 font-display text-4xl font-medium text-cream">
            {t('admin.title')}
          </h1>
          <GoldDivider className="mt-5" />
          <p className="mt-6 leading-relaxed text-mist">{t('admin.text')}</p>
          <Link
            to="/"
            className="mt-8 inline-flex min-h-11 items-center rounded-full border border-gold/50 px-6 text-sm font-medium text-cream transition-colors hover:border-gold hover:text-gold-bright"
          >
            {t('admin.back')}
          </Link>
        </div>
      </section>
    </PageShell>
  );
}
