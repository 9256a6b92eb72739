import { useT } from '../../hooks/use-t';
import { FanMark } from '../shared/fan-mark';

/**
 * Shown in place of a page when the API answers 404 NOT_FOUND: the server runs in production,
 * where the staff endpoints stay closed until staff accounts exist. Not a failure: an explanation.
 */
export function DevelopmentOnlyNotice() {
  const { t } = useT();
  return (
    <section
      aria-labelledby="development-only-title"
      className="mx-auto mt-4 max-w-xl rounded-md border border-white/10 bg-ink px-6 py-8 text-center sm:px-10"
    >
      <FanMark className="mx-auto h-8 w-auto text-gold/80" />
      <h2 id="development-only-title" className="mt-4 font-display text-2xl text-cream">
        {t('admin.unavailable.title')}
      </h2>
      <p className="mt-3 text-sm leading-relaxed text-mist">{t('admin.unavailable.text')}</p>
      <p className="mt-5 text-sm text-mist">{t('admin.unavailable.hint')}</p>
      <code className="mt-2 inline-block rounded-md border border-white/10 bg-night px-3 py-1.5 font-mono text-xs text-cream">
        npm run dev
      </code>
    </section>
  );
}
