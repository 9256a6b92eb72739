import type { ReactNode } from 'react';

/** What an empty list or a page with nothing to show says, in a quiet dashed frame. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-40 items-center justify-center rounded-2xl border border-dashed border-white/10 p-6 text-center text-sm text-mist compact:rounded-md">
      {children}
    </div>
  );
}
