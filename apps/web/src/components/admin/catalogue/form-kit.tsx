// Small pieces the catalogue, performances and layout forms share: a labelled field with its
// hint and error, the API's field errors by name, euros ⇄ cents, the outcome line, a pager.
import { useId, type ReactNode } from 'react';
import { buttonPrimary, label as labelClass } from '../ui/classes';
import { Pager as ListPager } from '../../shared/pager';
import { useCatalogueT } from './messages';

/** A label above its control; the hint and the error are tied to it by aria-describedby. */
export function Field({
  label,
  hint,
  error,
  className = '',
  children,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
  }) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-mist/80">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-200">
          {error}
        </p>
      )}
    </div>
  );
}

/** The outcome of the last action, announced politely. */
export function Outcome({ result }: { result: { ok: boolean; text: string } | null }) {
  return (
    <p
      role="status"
      className={`text-sm ${result?.ok ? 'text-emerald-200' : 'text-rose-200'} ${result ? '' : 'sr-only'}`}
    >
      {result?.text}
    </p>
  );
}

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
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? at('saving') : at('save')}
      </button>
      {children}
      <Outcome result={result} />
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
