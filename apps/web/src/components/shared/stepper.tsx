// − 2 +: a number chosen with the thumb (guests in a party, places to change). The value is a live
// output, announced when it changes; the buttons stop at the bounds.
import { useId } from 'react';

interface StepperProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  lessLabel: string;
  moreLabel: string;
  /** Visible label (the accessible name stays `label`). */
  visibleLabel?: boolean;
}

const round =
  'inline-flex size-12 items-center justify-center rounded-full border border-gold/40 text-2xl leading-none text-cream transition-colors hover:border-gold hover:text-gold-bright disabled:cursor-not-allowed disabled:opacity-40 compact:size-10 compact:rounded-md compact:border-white/15 compact:text-xl';

export function Stepper(props: StepperProps) {
  const { label, value, min, max, onChange, lessLabel, moreLabel, visibleLabel = true } = props;
  const id = useId();
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="flex items-center gap-4 compact:gap-3"
    >
      <span id={`${id}-label`} className={visibleLabel ? 'flex-1 text-cream' : 'sr-only'}>
        {label}
      </span>
      <button
        type="button"
        className={round}
        aria-label={lessLabel}
        disabled={value <= min}
        onClick={() => onChange(value - 1)}
      >
        −
      </button>
      <output
        aria-live="polite"
        className="w-8 text-center font-display text-3xl text-cream tabular-nums compact:text-2xl"
      >
        {value}
      </output>
      <button
        type="button"
        className={round}
        aria-label={moreLabel}
        disabled={value >= max}
        onClick={() => onChange(value + 1)}
      >
        +
      </button>
    </div>
  );
}
