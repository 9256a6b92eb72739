// Where one is in a form of several steps: an ordered list, done steps in gold, the current one
// marked for all; a screen reader hears "Step 2 of 5: Area" instead of the drawing.
export function StepIndicator({
  label,
  steps,
  current,
  status,
}: {
  /** The navigation's name ("Steps of the booking"). */
  label: string;
  /** Each step's name, in order. */
  steps: readonly string[];
  /** The index of the current step. */
  current: number;
  /** The sentence read instead of the list ("Step 2 of 5: Area"). */
  status: string;
}) {
  return (
    <nav aria-label={label}>
      <p className="sr-only">{status}</p>
      <ol className="flex items-start justify-between gap-1" aria-hidden="true">
        {steps.map((name, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={name} className="flex flex-1 flex-col items-center gap-1.5 text-center">
              <span
                className={`flex size-8 items-center justify-center rounded-full border text-sm font-semibold ${
                  state === 'current'
                    ? 'border-gold bg-gold text-night'
                    : state === 'done'
                      ? 'border-gold/70 text-gold'
                      : 'border-white/20 text-mist'
                }`}
              >
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span
                className={`text-xs leading-tight ${state === 'current' ? 'text-cream' : 'text-mist max-sm:invisible'}`}
              >
                {name}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
