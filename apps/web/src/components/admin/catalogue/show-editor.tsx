// A show's editor: French and English side by side, the address identifier, the length and the
// poster. A new show's identifier follows its French title until someone types one.
import type { AdminShow } from '@ladiva/contract/backoffice-catalogue';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useStaffT } from '../staff-messages';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { useCreateShow, useShow, useUpdateShow } from './api/use-shows';
import { SaveRow } from './form-kit';
import { Field } from '../../shared/field';
import { fieldErrors } from './form-values';
import { useCatalogueT } from './messages';
import { PosterField } from './poster-field';
import { slugify } from './slugify';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { ButtonLink } from '../../shared/button';

interface Draft {
  slug: string;
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  durationMinutes: string;
  imagePath: string | null;
}

const EMPTY: Draft = {
  slug: '',
  titleFr: '',
  titleEn: '',
  descriptionFr: '',
  descriptionEn: '',
  durationMinutes: '120',
  imagePath: null,
};

const fromShow = (show: AdminShow): Draft => ({
  slug: show.slug,
  titleFr: show.titleFr,
  titleEn: show.titleEn,
  descriptionFr: show.descriptionFr,
  descriptionEn: show.descriptionEn,
  durationMinutes: String(show.durationMinutes),
  imagePath: show.imagePath,
});

export function ShowEditor({ id, editor }: { id: string | null; editor: boolean }) {
  const show = useShow(id);
  if (id && !show.data) {
    return show.error ? <QueryError error={show.error} onRetry={show.reload} /> : <Loading />;
  }
  return <ShowForm show={show.data ?? null} editor={editor} />;
}

function ShowForm({ show, editor }: { show: AdminShow | null; editor: boolean }) {
  const { t } = useStaffT();
  const { at } = useCatalogueT();
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreateShow();
  const update = useUpdateShow();
  const [draft, setDraft] = useState<Draft>(show ? fromShow(show) : EMPTY);
  const [slugTouched, setSlugTouched] = useState(show !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(
    justCreated ? { ok: true, text: at('show.created') } : null,
  );
  const pending = create.pending || update.pending;

  const set = (name: keyof Draft) => (value: string) =>
    setDraft((current) => {
      const next = { ...current, [name]: value };
      if (name === 'titleFr' && !slugTouched) next.slug = slugify(value);
      return next;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const body = {
      slug: draft.slug.trim(),
      titleFr: draft.titleFr.trim(),
      titleEn: draft.titleEn.trim(),
      descriptionFr: draft.descriptionFr.trim(),
      descriptionEn: draft.descriptionEn.trim(),
      durationMinutes: Number(draft.durationMinutes),
      imagePath: draft.imagePath,
    };
    if (show) {
      // Only what changed: an older show's image path (a static file) is left as it is.
      const before = fromShow(show);
      const changed = Object.fromEntries(
        Object.entries(body).filter(([name, value]) => {
          const old = before[name as keyof Draft];
          return name === 'durationMinutes' ? Number(old) !== value : old !== value;
        }),
      );
      if (Object.keys(changed).length === 0) {
        setResult({ ok: true, text: at('show.unchanged') });
        return;
      }
      const outcome = await update.run({ id: show.id, ...changed });
      if (outcome.ok) {
        setErrors({});
        setDraft(fromShow(outcome.value));
        setResult({ ok: true, text: at('saved') });
      } else {
        setErrors(fieldErrors(outcome.error));
        setResult({ ok: false, text: errorText(t, outcome.error) });
      }
      return;
    }
    const outcome = await create.run(body);
    if (outcome.ok) {
      navigate(`/admin/catalogue/shows/${outcome.value.id}`, {
        replace: true,
        state: { created: true },
      });
      return;
    }
    setErrors(fieldErrors(outcome.error));
    setResult({ ok: false, text: errorText(t, outcome.error) });
  }

  const err = (name: string) =>
    errors[name] === 'taken'
      ? at('field.taken')
      : errors[name]
        ? at('field.invalid', { message: errors[name] })
        : undefined;
  const title = show ? at('show.editTitle', { title: show.titleFr }) : at('show.newTitle');
  const readOnly = !editor;

  return (
    <>
      <PageHeader
        eyebrow={at('nav.shows')}
        title={title}
        actions={<ButtonLink to="/admin/catalogue">{at('show.back')}</ButtonLink>}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0 space-y-5">
            <fieldset className={`${panelClass({ padded: false })} p-4`}>
              <legend className="px-1 text-sm font-semibold text-cream">{at('show.texts')}</legend>
              <div className="grid gap-4 md:grid-cols-2">
                {(['Fr', 'En'] as const).map((lang) => (
                  <div key={lang} lang={lang.toLowerCase()} className="min-w-0 space-y-3">
                    <p className="text-xs font-semibold tracking-[0.15em] text-gold/80 uppercase">
                      {at(lang === 'Fr' ? 'fr' : 'en')}
                    </p>
                    <Field
                      label={`${at('show.title')} (${lang.toUpperCase()})`}
                      error={err(`title${lang}`)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          required
                          readOnly={readOnly}
                          maxLength={120}
                          value={draft[`title${lang}`]}
                          onChange={(event) => set(`title${lang}`)(event.target.value)}
                          className={controlClass}
                        />
                      )}
                    </Field>
                    <Field
                      label={`${at('show.description')} (${lang.toUpperCase()})`}
                      error={err(`description${lang}`)}
                    >
                      {(props) => (
                        <textarea
                          {...props}
                          rows={6}
                          readOnly={readOnly}
                          maxLength={4000}
                          value={draft[`description${lang}`]}
                          onChange={(event) => set(`description${lang}`)(event.target.value)}
                          className={`${controlClass} py-2`}
                        />
                      )}
                    </Field>
                  </div>
                ))}
              </div>
            </fieldset>
            <div
              className={`${panelClass({ padded: false })} grid gap-4 p-4 sm:grid-cols-[minmax(0,1fr)_10rem]`}
            >
              <Field label={at('show.slug')} hint={at('show.slugHint')} error={err('slug')}>
                {(props) => (
                  <input
                    {...props}
                    required
                    readOnly={readOnly}
                    pattern="[a-z0-9]+(-[a-z0-9]+)*"
                    maxLength={80}
                    value={draft.slug}
                    onChange={(event) => {
                      setSlugTouched(true);
                      set('slug')(event.target.value);
                    }}
                    className={`${controlClass} font-mono`}
                  />
                )}
              </Field>
              <Field label={at('show.duration')} error={err('durationMinutes')}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={600}
                    required
                    readOnly={readOnly}
                    value={draft.durationMinutes}
                    onChange={(event) => set('durationMinutes')(event.target.value)}
                    className={controlClass}
                  />
                )}
              </Field>
            </div>
          </div>
          <PosterField
            value={draft.imagePath}
            onChange={(imagePath) => setDraft((current) => ({ ...current, imagePath }))}
            title={draft.titleFr}
            editor={editor}
          />
        </div>
        {editor && <SaveRow pending={pending} result={result} />}
      </form>
    </>
  );
}
