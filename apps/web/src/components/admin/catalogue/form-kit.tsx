// Small pieces the catalogue, performances and layout forms share: the save row and the pager of
// the catalogue's lists (built from components/shared).
import type { ReactNode } from 'react';
import { StatusMessage } from '../../shared/alert';
import { Pager as ListPager } from '../../shared/pager';
import { useCatalogueT } from './messages';
import { Button } from '../../shared/button';

/** A form's save button (its label while saving), anything beside it, and the outcome. */
export function SaveRow({
  pending,
  result,
  children,
}: {
  pending: boolean;
  result: { ok: boolean; text: string } | null;
  /** Other buttons, after the save one (e.g. cancel). */
  children?: ReactNode;
}) {
  const { at } = useCatalogueT();
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? at('saving') : at('save')}
      </Button>
      {children}
      <StatusMessage result={result} />
    </div>
  );
}

/** Previous / next over a server-paginated list. */
/** The catalogue lists' pager: the staff app's one (ui/pager.tsx), with a ready-made range. */
export function Pager({
  offset,
  limit,
  total,
  onOffset,
  labels,
}: {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
  labels: { nav: string; range: string; previous: string; next: string };
}) {
  return (
    <ListPager
      offset={offset}
      limit={limit}
      total={total}
      onOffset={onOffset}
      className="p-3"
      labels={{ ...labels, range: () => labels.range }}
    />
  );
}
