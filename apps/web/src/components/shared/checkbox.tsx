// A checkbox or a radio with its whole label as the target (44 px high for guests, 40 in the
// staff app), an optional hint and error tied to it.
import { forwardRef, useId, type ReactNode } from 'react';
import { errorClass, hintClass } from './field';

/** The box itself, for a choice labelled otherwise (a table's row, "select all"). */
export const choiceInputClass = 'mt-0.5 size-5 shrink-0 accent-gold compact:mt-0 compact:size-4';

interface ChoiceProps {
  label: ReactNode;
  checked: boolean;
  disabled?: boolean | undefined;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
}

function Choice({
  type,
  name,
  value,
  label,
  checked,
  disabled,
  hint,
  error,
  className = '',
  onChange,
  inputRef,
}: ChoiceProps & {
  type: 'checkbox' | 'radio';
  name?: string | undefined;
  value?: string | undefined;
  onChange: (checked: boolean) => void;
  inputRef: React.ForwardedRef<HTMLInputElement>;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-cream has-disabled:cursor-not-allowed has-disabled:opacity-60 compact:min-h-10 compact:items-center compact:gap-2">
        <input
          ref={inputRef}
          type={type}
          name={name}
          value={value}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={choiceInputClass}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <div id={`${id}-hint`} className={`${hintClass} pl-8 compact:pl-6`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={`${errorClass} pl-8 compact:pl-6`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const Checkbox = forwardRef<
  HTMLInputElement,
  ChoiceProps & { onChange: (checked: boolean) => void }
>(function Checkbox(props, ref) {
  return <Choice type="checkbox" inputRef={ref} {...props} />;
});

/** One radio of a group (give them the same `name`, inside a `Fieldset`). */
export const Radio = forwardRef<
  HTMLInputElement,
  Omit<ChoiceProps, 'error'> & { name: string; value: string; onChange: () => void }
>(function Radio({ onChange, ...props }, ref) {
  return <Choice type="radio" inputRef={ref} onChange={() => onChange()} {...props} />;
});
