// Messages → Templates: each kind of message rendered with sample data, in either language, as
// the guest (or staff member) will receive it: the email, its text version, the SMS, the push.
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useStaffT } from '../staff-messages';
import { useTemplatePreview } from '../api/use-template-preview';
import { isKind, KINDS, type MessageLocale } from '../api/vocabulary';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { kindLabel, localeLabel } from '../ui/labels';
import { PageHeader } from '../ui/page-header';
import { TemplatePreviewView } from './template-preview-view';
import { SelectField, labelClass } from '../../shared/field';

export function TemplatesPage() {
  const { t } = useStaffT();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind');
  const kind = isKind(rawKind) ? rawKind : KINDS[0];
  const locale: MessageLocale = params.get('locale') === 'en' ? 'en' : 'fr';
  const preview = useTemplatePreview(kind, locale);

  const choose = (next: { kind?: string; locale?: string }) =>
    setParams({ kind, locale, ...next }, { replace: true });

  return (
    <>
      <PageHeader
        eyebrow={t('admin.nav.messages')}
        title={t('admin.templates.title')}
        lead={t('admin.templates.lead')}
      />
      <>
        <div className="mb-5 flex flex-wrap items-end gap-3">
          <SelectField
            label={t('admin.templates.kind')}
            className="w-full sm:w-72"
            value={kind}
            onChange={(event) => choose({ kind: event.target.value })}
          >
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {kindLabel(t, value)}
              </option>
            ))}
          </SelectField>
          <fieldset>
            <legend className={labelClass}>{t('admin.templates.locale')}</legend>
            <div className="flex rounded-md border border-white/15 p-0.5">
              {(['fr', 'en'] as const).map((value) => (
                <label
                  key={value}
                  className={`flex min-h-9 cursor-pointer items-center rounded px-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-gold-bright ${
                    value === locale
                      ? 'bg-white/[0.1] font-medium text-cream'
                      : 'text-mist hover:text-cream'
                  }`}
                >
                  <input
                    type="radio"
                    name={`${ids}-locale`}
                    value={value}
                    checked={value === locale}
                    onChange={() => choose({ locale: value })}
                    className="sr-only"
                  />
                  {localeLabel(t, value)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        {preview.error && <QueryError error={preview.error} onRetry={preview.reload} />}
        {preview.loading && <Loading lines={8} />}
        {preview.data && <TemplatePreviewView preview={preview.data} />}
      </>
    </>
  );
}
