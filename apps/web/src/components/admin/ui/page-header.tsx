import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useStaffT } from '../staff-messages';
import { PageHeading } from '../../shared/heading';

/**
 * A staff page's heading (the shared PageHeading: title, what it is for, the page-wide actions),
 * which also names the browser tab "… · Espace équipe".
 */
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
  const { t } = useStaffT();
  useDocumentTitle(t('admin.meta.page', { page: title }));
  return (
    <PageHeading title={title} eyebrow={eyebrow} lead={lead} actions={actions} className="mb-5" />
  );
}
