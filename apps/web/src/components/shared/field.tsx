// Labelled form fields for guests and staff (ADR 0024): a label above its control, a hint and an
// error under it, both tied to the control (aria-describedby) and the error marking it invalid.
// Guests get 48 px controls with 16 px text (no zoom on focus in mobile Safari); the staff app
// (data-density="compact") gets denser ones.
import {
  forwardRef,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** The look of a text input or a select; for a control labelled otherwise (a table's cell). */
export const controlClass =
  'min-h-12 w-full rounded-xl border border-white/15 bg-night px-4 text-base text-cream placeholder:text-mist/50 hover:border-white/30 focus:border-gold/70 disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-rose-400/70 compact:min-h-10 compact:rounded-md compact:px-3 compact:text-sm compact:hover:border-white/25 compact:focus:border-gold/70 compact:aria-[invalid=true]:border-rose-400/70';

export const labelClass =
  'mb-1.5 block text-sm font-medium text-cream compact:mb-1 compact:text-xs compact:text-mist';

export const hintClass =
  'mt-1.5 text-sm text-mist compact:mt-1 compact:text-xs compact:text-mist/80';

export const errorClass = 'mt-1.5 text-sm text-rose-200 compact:mt-1 compact:text-xs';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldFrameProps {
  label: ReactNode;
  /** Under the control, read with it. */
  hint?: ReactNode;
  /** Under the control, read with it; marks the control invalid. */
  error?: ReactNode;
  /** The label is read, not shown (the control's purpose is plain from what surrounds it). */
  hideLabel?: boolean;
  /** Classes of the field's box (spacing, grid placement). */
  className?: string | undefined;
}

/** A label, any control (given by `children` from its ids), its hint and its error. */
export function Field({
  label,
  hint,
  error,
  hideLabel = false,
  className = '',
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

type FrameOwn = 'id' | 'className' | 'children';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, FrameOwn>, FieldFrameProps {
  /** A control beside the input, inside its frame (e.g. "show" on a password). */
  addon?: ReactNode;
  /** Classes added to the input itself (a code's monospace, a narrow width). */
  controlClassName?: string;
}

/** A labelled `<input>`. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, hideLabel, className, addon, controlClassName = '', ...props },
  ref,
) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) =>
        addon ? (
          <div className="relative">
            <input
              ref={ref}
              {...control}
              className={`${controlClass} pr-24 ${controlClassName}`}
              {...props}
            />
            <div className="absolute inset-y-0 right-1.5 flex items-center">{addon}</div>
          </div>
        ) : (
          <input
            ref={ref}
            {...control}
            className={`${controlClass} ${controlClassName}`}
            {...props}
          />
        )
      }
    </Field>
  );
});

/** An email address: the email keyboard, no capitals, no spelling fixes. */
export const EmailField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'type'>>(
  function EmailField(props, ref) {
    return (
      <TextField
        ref={ref}
        type="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        {...props}
      />
    );
  },
);

export interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>, FieldFrameProps {
  controlClassName?: string;
  /** The `<option>`s. */
  children: ReactNode;
}

/** A labelled `<select>`. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, hideLabel, className, controlClassName = '', children, ...props },
  ref,
) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select ref={ref} {...control} className={`${controlClass} ${controlClassName}`} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
});

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, FrameOwn>, FieldFrameProps {
  controlClassName?: string;
}

/** A labelled `<textarea>`. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(
  function TextAreaField(
    { label, hint, error, hideLabel, className, controlClassName = '', ...props },
    ref,
  ) {
    return (
      <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
        {(control) => (
          <textarea
            ref={ref}
            {...control}
            className={`${controlClass} py-3 compact:py-2 ${controlClassName}`}
            {...props}
          />
        )}
      </Field>
    );
  },
);

/**
 * A field's hint and error, under it, with the ids its control's `aria-describedby` names
 * (`<id>-hint`, `<id>-error`): for a single field and for a group (fieldset.tsx).
 */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className={hintClass}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
    </>
  );
}
