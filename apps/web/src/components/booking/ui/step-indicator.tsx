import { useBookingT } from '../../../hooks/use-booking-t';
import { STEPS, type Step } from '../flow/flow-machine';

/** The flow's steps as an ordered list: done ones in gold, the current one marked for all. */
export function StepIndicator({ step }: { step: Step }) {
  const { bt } = useBookingT();
  const current = STEPS.indexOf(step);
  return (
    <nav aria-label={bt('flow.steps')}>
      <p className="sr-only">
        {bt('flow.stepOf', {
          current: current + 1,
          total: STEPS.length,
          name: bt(`flow.step.${step}`),
        })}
      </p>
      <ol className="flex items-start justify-between gap-1" aria-hidden="true">
        {STEPS.map((name, index) => {
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
                {bt(`flow.step.${name}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
