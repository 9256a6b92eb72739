import type { ReactNode } from 'react';

/**
 * What scrolls sideways on a narrow screen (a wide table): a named region that takes the focus,
 * so that the arrow keys scroll it too.
 */
export function ScrollArea({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`overflow-x-auto focus-visible:-outline-offset-2 ${className}`}
    >
      {children}
    </div>
  );
}
