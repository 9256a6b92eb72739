import { useStaffT } from '../staff-messages';
import type { TemplatePreview } from '../api/use-template-preview';
import { ChannelIcon } from '../ui/channel-icon';
import { EmailFrame, PlainText } from '../ui/email-frame';
import { channelLabel } from '../ui/labels';
import { smsLength } from '../ui/sms-length';
import { Tabs } from '../../shared/tabs';
import { panelClass } from '../../shared/panel-class';

function CardTitle({ channel }: { channel: 'email' | 'sms' | 'push' }) {
  const { t } = useStaffT();
  return (
    <h2 className="mb-3 flex items-center gap-2 text-sm font-semibold text-cream">
      <ChannelIcon channel={channel} className="size-4 text-mist" />
      {channelLabel(t, channel)}
    </h2>
  );
}

export function TemplatePreviewView({ preview }: { preview: TemplatePreview }) {
  const { t } = useStaffT();
  const sms = smsLength(preview.sms);
  const over = sms.segments > 1;
  return (
    <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <section className={`${panelClass({ padded: false })} min-w-0 p-4`}>
        <CardTitle channel="email" />
        <p className="text-xs text-mist">{t('admin.message.subject')}</p>
        <p className="mt-0.5 text-base font-medium text-cream">{preview.subject}</p>
        <div className="mt-4">
          <Tabs
            key={`${preview.kind}-${preview.locale}`}
            label={t('admin.message.tabs')}
            tabs={[
              {
                id: 'html',
                label: t('admin.message.html'),
                panel: (
                  <EmailFrame
                    src={
                      preview.htmlUrl ??
                      `/api/notifications/templates/${preview.kind}/preview.html?locale=${preview.locale}`
                    }
                    title={t('admin.message.frame', { subject: preview.subject })}
                  />
                ),
              },
              {
                id: 'text',
                label: t('admin.message.text'),
                panel: <PlainText text={preview.text} />,
              },
            ]}
          />
        </div>
      </section>
      <div className="grid content-start gap-5 sm:grid-cols-2 xl:grid-cols-1">
        <section className={`${panelClass({ padded: false })} p-4`}>
          <CardTitle channel="sms" />
          <p className="rounded-2xl rounded-bl-sm bg-white/[0.08] px-3.5 py-2.5 text-sm leading-relaxed break-words text-cream">
            {preview.sms}
          </p>
          <p className={`mt-2 text-xs ${over ? 'text-amber-200' : 'text-mist'}`}>
            {t('admin.templates.smsCount', {
              length: sms.length,
              limit: sms.single,
              segments: sms.segments,
              encoding: sms.encoding,
            })}
          </p>
        </section>
        <section className={`${panelClass({ padded: false })} p-4`}>
          <CardTitle channel="push" />
          <div className="rounded-xl border border-white/10 bg-night p-3">
            <p className="flex items-center justify-between text-[0.7rem] text-mist">
              <span>La Diva Cabaret</span>
              <span>{t('admin.templates.now')}</span>
            </p>
            <p className="mt-1 text-sm font-semibold text-cream">{preview.push.title}</p>
            <p className="mt-0.5 text-sm text-cream/85">{preview.push.body}</p>
          </div>
          {preview.push.url && (
            <p className="mt-2 text-xs break-all text-mist">
              {t('admin.templates.pushUrl')}{' '}
              <span className="text-cream/80">{preview.push.url}</span>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
