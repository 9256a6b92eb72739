import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../hooks/use-t';
import { eyebrow as eyebrowClass } from './classes';

/** The page's title (also the document's), what it is for, and its page-wide actions. */
export function PageHeader({
  title,
  eyebrow,
  lead,
  actions,
}: {
  title: string;
  eyebrow?: string;
  lead?: string;
  actions?: ReactNode;
}) {
  const { t } = useT();
  useDocumentTitle(t('admin.meta.page', { page: title }));
  return (
    <div className="mb-5 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
      <div className="min-w-0">
        {eyebrow && <p className={eyebrowClass}>{eyebrow}</p>}
        <h1 className="mt-1 font-display text-3xl font-medium text-cream">{title}</h1>
        {lead && <p className="mt-1.5 max-w-2xl text-sm text-mist">{lead}</p>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}
