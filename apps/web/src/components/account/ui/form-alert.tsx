import type { ReactNode } from 'react';

/**
 * A form's outcome. Rendered only when there is one, so that it takes no room before; an element
 * inserted with role="alert" (aria-live="assertive") or role="status" (polite) is announced by
 * screen readers as it appears.
 */
export function FormAlert({
  error,
  success,
  className = '',
}: {
  error?: ReactNode;
  success?: ReactNode;
  className?: string;
}) {
  if (error) {
    return (
      <div
        role="alert"
        className={`rounded-xl border border-rose-400/35 bg-rose-950/40 px-4 py-3 text-sm text-rose-100 ${className}`}
      >
        {error}
      </div>
    );
  }
  if (success) {
    return (
      <div
        role="status"
        className={`rounded-xl border border-emerald-400/30 bg-emerald-950/30 px-4 py-3 text-sm text-emerald-100 ${className}`}
      >
        {success}
      </div>
    );
  }
  return null;
}
