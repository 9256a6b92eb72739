// One choice among a few, as a card that is its radio's label (a formula, an area of the hall):
// gold when chosen, dim when it cannot be chosen, the focus ring on the whole card.
import { useId, type ReactNode } from 'react';

export function ChoiceCard({
  name,
  value,
  checked,
  disabled = false,
  onChange,
  title,
  aside,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
  /** The choice's name (the radio's accessible name). */
  title: ReactNode;
  /** Beside the title (a price). */
  aside?: ReactNode;
  /** Under the title, read as the radio's description. */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <label className="flex cursor-pointer gap-4 rounded-2xl border border-white/10 bg-ink/80 p-4 transition-colors hover:border-gold/50 has-checked:border-gold has-checked:bg-velvet/40 has-disabled:cursor-not-allowed has-disabled:opacity-50 has-focus-visible:outline-2 has-focus-visible:outline-gold sm:p-5 compact:rounded-md compact:p-3">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        aria-labelledby={`${id}-title`}
        aria-describedby={children ? `${id}-about` : undefined}
        className="mt-1.5 size-5 shrink-0 accent-gold"
      />
      <span className="flex-1">
        <span className="flex flex-wrap items-baseline justify-between gap-x-3">
          <span id={`${id}-title`} className="font-display text-xl text-cream">
            {title}
          </span>
          {aside}
        </span>
        {children ? <span id={`${id}-about`}>{children}</span> : null}
      </span>
    </label>
  );
}
