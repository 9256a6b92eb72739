// What happened, in a box: an error (announced at once), a success (announced politely), a warning
// or a note (read in place). Rendered only when there is something to say, so that it takes no
// room before; an element inserted with role="alert" or role="status" is announced as it appears.
import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'warning' | 'info';

const TONES: Record<AlertTone, string> = {
  error: 'border-rose-400/35 bg-rose-950/40 text-rose-100',
  success: 'border-emerald-400/30 bg-emerald-950/30 text-emerald-100',
  warning: 'border-amber-300/40 bg-amber-950/30 text-amber-100',
  info: 'border-white/10 bg-white/[0.04] text-cream',
};

const ROLES: Record<AlertTone, 'alert' | 'status' | undefined> = {
  error: 'alert',
  success: 'status',
  warning: undefined,
  info: undefined,
};

export function Alert({
  tone,
  title,
  children,
  actions,
  className = '',
}: {
  tone: AlertTone;
  /** A first line in bold (the staff app's "Something went wrong"). */
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links that get the person going again (retry, call the venue…). */
  actions?: ReactNode;
  className?: string;
}) {
  if (!title && !children) return null;
  return (
    <div
      role={ROLES[tone]}
      className={`rounded-xl border px-4 py-3 text-sm compact:rounded-md compact:p-4 ${TONES[tone]} ${className}`}
    >
      {title ? <p className="font-medium">{title}</p> : null}
      {children ? <div className={title ? 'mt-1 text-mist' : undefined}>{children}</div> : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-3">{actions}</div> : null}
    </div>
  );
}

/**
 * The outcome of an action done in place (saved, sent, refused), in one line beside its button.
 * The live region is always there, so that every new outcome is announced (politely).
 */
export function StatusMessage({
  result,
  className = '',
}: {
  result: { ok: boolean; text: string } | null;
  className?: string;
}) {
  return (
    <p
      role="status"
      className={`text-sm ${result?.ok ? 'text-emerald-200' : 'text-rose-200'} ${result ? '' : 'sr-only'} ${className}`}
    >
      {result?.text}
    </p>
  );
}
