import type { ReactNode } from 'react';

const TONES = {
  alert: 'rounded-xl border border-rose-400/35 bg-rose-950/40 px-4 py-3 text-sm text-rose-100',
  status:
    'rounded-xl border border-emerald-400/30 bg-emerald-950/30 px-4 py-3 text-sm text-emerald-100',
};

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
  const role = error ? 'alert' : success ? 'status' : null;
  if (!role) return null;
  return (
    <div role={role} className={`${TONES[role]} ${className}`}>
      {error || success}
    </div>
  );
}
