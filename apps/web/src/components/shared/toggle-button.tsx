// A button that stays pressed while its choice is the one shown (a period: tonight, this month…).
// Put a few in a role="group" with a name.
import { forwardRef, type ButtonHTMLAttributes } from 'react';

export const ToggleButton = forwardRef<
  HTMLButtonElement,
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-pressed'> & { pressed: boolean }
>(function ToggleButton({ pressed, className = '', type = 'button', ...props }, ref) {
  return (
    <button
      ref={ref}
      type={type}
      aria-pressed={pressed}
      className={`min-h-11 rounded-full px-4 text-sm font-medium transition-colors compact:min-h-10 compact:rounded-md compact:px-3 ${
        pressed
          ? 'bg-gold text-night compact:bg-white/[0.08] compact:text-cream compact:shadow-[inset_0_-2px_0_var(--color-gold)]'
          : 'text-cream hover:text-gold-bright compact:text-mist compact:hover:bg-white/[0.04] compact:hover:text-cream'
      } ${className}`}
      {...props}
    />
  );
});
