// The staff app's landing page (and its answer to an address it does not know yet): what is here
// today, and what is coming.
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../hooks/use-t';
import type { PlainMessageKey } from '../../lib/i18n/catalogue';
import { eyebrow, panel } from './ui/classes';

const TOOLS: readonly { to: string; title: PlainMessageKey; text: PlainMessageKey }[] = [
  { to: '/admin/messages/mailbox', title: 'admin.nav.mailbox', text: 'admin.home.mailbox' },
  { to: '/admin/messages/log', title: 'admin.nav.log', text: 'admin.home.log' },
  { to: '/admin/messages/templates', title: 'admin.nav.templates', text: 'admin.home.templates' },
];

export function AdminHome() {
  const { t } = useT();
  useDocumentTitle(t('meta.admin'));
  return (
    <div className="max-w-4xl">
      <h1 className="font-display text-3xl font-medium text-cream">{t('admin.title')}</h1>
      <p className="mt-1.5 max-w-2xl text-sm text-mist">{t('admin.text')}</p>

      <h2 className={`${eyebrow} mt-8`}>{t('admin.nav.messages')}</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {TOOLS.map((tool) => (
          <li key={tool.to}>
            <Link
              to={tool.to}
              className={`${panel} group block h-full p-4 transition-colors hover:border-gold/40`}
            >
              <span className="font-medium text-cream group-hover:text-gold-bright">
                {t(tool.title)}
              </span>
              <span className="mt-1 block text-sm text-mist">{t(tool.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
