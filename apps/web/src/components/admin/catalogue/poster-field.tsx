// The show's poster: a preview from the responsive WebP renditions, a drop zone and a file picker
// (the keyboard's way in), the upload's progress and its refusals. The upload stores the image;
// the show points at it once saved.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useStaffT } from '../staff-messages';
import type { ApiError } from '../../../lib/api/api-request';
import { buttonClass } from '../../shared/button-class';
import { errorText } from '../ui/error-text';
import { uploadPoster } from './api/upload-poster';
import { useCatalogueT } from './messages';
import { posterKey, posterSources } from '../../../lib/posters/poster-sources';
import { Button } from '../../shared/button';

const MAX_BYTES = 10 * 1024 * 1024;

type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number }
  | { step: 'done'; width: number; height: number }
  | { step: 'failed'; text: string };

export function PosterField({
  value,
  onChange,
  title,
  editor,
}: {
  value: string | null;
  onChange: (imagePath: string | null) => void;
  title: string;
  editor: boolean;
}) {
  const { t } = useStaffT();
  const { at } = useCatalogueT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const [over, setOver] = useState(false);
  const sources = posterSources(value);
  useEffect(() => () => abort.current?.abort(), []);

  async function upload(file: File | undefined) {
    if (!file) return;
    if (file.type && !file.type.startsWith('image/')) {
      setState({ step: 'failed', text: at('poster.notImage') });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({ step: 'failed', text: at('poster.tooLarge') });
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'uploading', fraction: 0 });
    try {
      const poster = await uploadPoster(
        file,
        (fraction) => setState({ step: 'uploading', fraction }),
        controller.signal,
      );
      const key = posterKey(poster.variants);
      if (key) onChange(key);
      setState({ step: 'done', width: poster.width, height: poster.height });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'failed', text: errorText(t, error as ApiError) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (editor) void upload(event.dataTransfer.files[0]);
  }

  const busy = state.step === 'uploading';
  const percent = busy ? Math.round(state.fraction * 100) : 0;
  return (
    <fieldset aria-describedby={`${id}-hint`} className="min-w-0">
      <legend className="mb-1 block text-xs font-medium text-mist">{at('poster.legend')}</legend>
      <div
        onDragOver={(event) => {
          if (!editor) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center gap-3 rounded-md border border-dashed p-4 text-center transition-colors ${
          over ? 'border-gold bg-gold/10' : 'border-white/20 bg-night/40'
        }`}
      >
        {sources ? (
          <img
            src={sources.src}
            srcSet={sources.srcSet}
            sizes="(min-width: 1024px) 16rem, 60vw"
            alt={title ? at('poster.alt', { title }) : at('poster.previewAlt')}
            className="aspect-[3/4] w-full max-w-44 rounded-sm bg-white/5 object-cover sm:max-w-64"
          />
        ) : (
          <p className="flex aspect-[3/4] w-full max-w-44 items-center sm:max-w-64 justify-center rounded-sm bg-white/[0.03] text-sm text-mist">
            {at('poster.none')}
          </p>
        )}
        {editor && (
          <>
            <p className="text-sm text-mist max-sm:hidden" aria-hidden="true">
              {at('poster.drop')} · {at('poster.or')}
            </p>
            <div className="flex flex-wrap justify-center gap-2">
              <input
                ref={input}
                id={`${id}-file`}
                type="file"
                accept="image/jpeg,image/png,image/webp,image/avif"
                className="peer sr-only"
                disabled={busy}
                onChange={(event) => void upload(event.target.files?.[0])}
              />
              <label
                htmlFor={`${id}-file`}
                className={`${buttonClass()} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-gold ${busy ? 'pointer-events-none opacity-60' : ''}`}
              >
                {value ? at('poster.replace') : at('poster.choose')}
              </label>
              {value && (
                <Button
                  disabled={busy}
                  onClick={() => {
                    onChange(null);
                    setState({ step: 'idle' });
                  }}
                >
                  {at('poster.remove')}
                </Button>
              )}
            </div>
          </>
        )}
        {busy && (
          <div className="w-full max-w-64">
            <progress
              max={100}
              value={percent}
              aria-label={at('poster.uploading', { percent })}
              className="h-2 w-full accent-gold"
            />
          </div>
        )}
        <p
          role="status"
          className={`text-sm ${state.step === 'failed' ? 'text-rose-200' : 'text-mist'}`}
        >
          {state.step === 'uploading' &&
            (percent < 100 ? at('poster.uploading', { percent }) : at('poster.processing'))}
          {state.step === 'done' &&
            at('poster.uploaded', { width: state.width, height: state.height })}
          {state.step === 'failed' && state.text}
        </p>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-mist/80">
        {at('poster.hint')}
      </p>
    </fieldset>
  );
}
