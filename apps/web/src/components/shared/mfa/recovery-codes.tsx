// Recovery codes, shown once: copy them, download them, and say they are kept before moving on.
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { Checkbox } from '../checkbox';
import { downloadFile } from '../../../lib/download-file';
import { Button } from '../button';

const FILE_NAME = 'ladiva-codes-de-secours.txt';

export function RecoveryCodesPanel({
  codes,
  onDone,
}: {
  codes: readonly string[];
  onDone: () => void;
}) {
  const { t } = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkbox = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  function download() {
    const text = `${t('mfa.codes.fileHeader')}\n\n${codes.join('\n')}\n`;
    downloadFile(new Blob([text], { type: 'text/plain;charset=utf-8' }), FILE_NAME);
  }

  function finish(event: FormEvent) {
    event.preventDefault();
    if (!saved) {
      setError(t('mfa.codes.confirmRequired'));
      checkbox.current?.focus();
      return;
    }
    onDone();
  }

  return (
    <form noValidate onSubmit={finish} className="space-y-5">
      <p className="text-sm leading-relaxed text-mist">{t('mfa.codes.text')}</p>
      <ol
        aria-label={t('mfa.codes.label')}
        className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-xl border border-gold/25 bg-night px-4 py-4 font-mono text-[0.95rem] tracking-wider text-cream"
      >
        {codes.map((code) => (
          <li key={code} className="text-center">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button onClick={copy} className="flex-1">
          {t('mfa.codes.copy')}
        </Button>
        <Button onClick={download} className="flex-1">
          {t('mfa.codes.download')}
        </Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-mist">
        {copied === 'yes' && t('mfa.codes.copied')}
        {copied === 'no' && t('mfa.codes.copyFailed')}
      </p>
      <Checkbox
        ref={checkbox}
        checked={saved}
        onChange={(value) => {
          setSaved(value);
          if (value) setError(null);
        }}
        error={error ?? undefined}
        label={t('mfa.codes.saved')}
      />
      <Button type="submit" variant="primary" className="w-full">
        {t('mfa.codes.continue')}
      </Button>
    </form>
  );
}
