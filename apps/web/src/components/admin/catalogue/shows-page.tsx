// The shows, newest first, searched and paginated on the server; each opens its editor.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { useShows } from './api/use-shows';
import { Pager } from './form-kit';
import { useCatalogueT } from './messages';
import { posterSources } from '../../../lib/posters/poster-sources';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { ButtonLink } from '../../shared/button';

const LIMIT = 20;
const th = 'px-3 py-2 text-left text-xs font-medium text-mist';

export function ShowsPage({ editor }: { editor: boolean }) {
  const { at, num, locale } = useCatalogueT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [draft, setDraft] = useState(q);
  const shows = useShows({ q: q || undefined, limit: LIMIT, offset });
  const page = shows.data;

  function go(changes: { q?: string; offset?: number }) {
    const next = new URLSearchParams(params);
    if (changes.q !== undefined) next.set('q', changes.q);
    if (!next.get('q')) next.delete('q');
    if (changes.offset) next.set('offset', String(changes.offset));
    else next.delete('offset');
    setParams(next);
  }

  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          editor ? (
            <ButtonLink variant="primary" to="/admin/catalogue/shows/new">
              {at('shows.new')}
            </ButtonLink>
          ) : undefined
        }
      />
      <form
        role="search"
        className="mb-4 max-w-md"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: draft.trim(), offset: 0 });
        }}
      >
        <label htmlFor="show-search" className="mb-1 block text-xs font-medium text-mist">
          {at('shows.search')}
        </label>
        <input
          id="show-search"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => draft.trim() !== q && go({ q: draft.trim(), offset: 0 })}
          className={controlClass}
        />
      </form>
      <div
        className={`${panelClass({ padded: false })} overflow-hidden`}
        aria-busy={shows.fetching}
      >
        {shows.error && (
          <div className="p-3">
            <QueryError error={shows.error} onRetry={shows.reload} />
          </div>
        )}
        {shows.loading && (
          <div className="p-4">
            <Loading />
          </div>
        )}
        {page && page.items.length === 0 && (
          <div className="p-3">
            <EmptyState>{q ? at('shows.noMatch', { q }) : at('shows.empty')}</EmptyState>
          </div>
        )}
        {page && page.items.length > 0 && (
          <table className="w-full text-sm">
            <caption className="sr-only">{at('shows.caption')}</caption>
            <thead className="border-b border-white/10 bg-white/[0.02]">
              <tr>
                <th scope="col" className={`${th} w-full`}>
                  {at('shows.show')}
                </th>
                <th scope="col" className={`${th} hidden sm:table-cell`}>
                  {at('shows.duration')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {at('shows.upcoming')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5">
              {page.items.map((show) => {
                const poster = posterSources(show.imagePath);
                const title = locale === 'fr' ? show.titleFr : show.titleEn;
                return (
                  <tr key={show.id} className="relative hover:bg-white/[0.03]">
                    <td className="max-w-0 px-3 py-2.5">
                      <div className="flex items-center gap-3">
                        {poster ? (
                          <img
                            src={poster.src}
                            srcSet={poster.srcSet}
                            sizes="48px"
                            alt=""
                            loading="lazy"
                            className="h-16 w-12 shrink-0 rounded-sm bg-white/5 object-cover"
                          />
                        ) : (
                          <span className="flex h-16 w-12 shrink-0 items-center justify-center rounded-sm border border-dashed border-white/15 text-center text-[0.6rem] leading-tight text-mist">
                            {at('shows.noImage')}
                          </span>
                        )}
                        <span className="min-w-0">
                          <Link
                            to={`/admin/catalogue/shows/${show.id}`}
                            className="block truncate font-medium text-cream after:absolute after:inset-0 hover:text-gold-bright"
                          >
                            {title}
                          </Link>
                          <span className="block truncate font-mono text-xs text-mist">
                            {show.slug}
                          </span>
                        </span>
                      </div>
                    </td>
                    <td className="hidden px-3 py-2.5 whitespace-nowrap text-mist tabular-nums sm:table-cell">
                      {at('shows.minutes', { count: show.durationMinutes })}
                    </td>
                    <td className="px-3 py-2.5 text-right whitespace-nowrap text-mist tabular-nums">
                      {num(show.upcomingPerformances)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {page && (
          <Pager
            offset={offset}
            limit={LIMIT}
            total={page.total}
            onOffset={(next) => go({ offset: next })}
            labels={{
              nav: at('pager.label'),
              range: at('pager.range', {
                from: num(offset + 1),
                to: num(Math.min(offset + LIMIT, page.total)),
                total: num(page.total),
              }),
              previous: at('pager.previous'),
              next: at('pager.next'),
            }}
          />
        )}
      </div>
    </>
  );
}
