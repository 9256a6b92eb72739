import { panelClass } from '../../shared/panel-class';

/** Said once at the top of a page the signed-in role may read but not change. */
export function ReadOnlyNote({ children }: { children: string }) {
  return (
    <p
      className={`${panelClass({ padded: false })} mb-4 border-amber-400/30 px-4 py-3 text-sm text-amber-100`}
      role="note"
    >
      {children}
    </p>
  );
}
