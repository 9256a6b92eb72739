import { forwardRef, useId, type ReactNode } from 'react';

interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A checkbox with its whole label as the target (44 px high at least), and its error tied to it. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, checked, onChange, error, disabled },
  ref,
) {
  const errorId = useId();
  return (
    <div>
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-cream">
        <input
          ref={ref}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 size-5 shrink-0 accent-gold"
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId} className="mt-1 pl-8 text-sm text-rose-200">
          {error}
        </p>
      )}
    </div>
  );
});
