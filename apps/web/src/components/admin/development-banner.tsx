import { useT } from '../../hooks/use-t';

/** Always shown until staff accounts exist (#4): who may use these tools, and where they work. */
export function DevelopmentBanner() {
  const { t } = useT();
  return (
    <div
      role="note"
      className="mb-5 flex items-start gap-2.5 rounded-md border border-gold/20 bg-gold/[0.05] px-3.5 py-2.5 text-sm text-mist"
    >
      <span aria-hidden="true" className="mt-1.5 size-1.5 shrink-0 rotate-45 bg-gold" />
      <p>
        <strong className="font-semibold text-gold-bright">{t('admin.banner.title')}</strong>{' '}
        {t('admin.banner.text')}
      </p>
    </div>
  );
}
