// The looks of the one button of the app, for guests and staff alike (ADR 0024): a gold primary
// action, an outlined secondary one, a rose danger one. Guests get thumb-sized pills; inside the
// staff app (data-density="compact") the same buttons turn into denser, squarer ones.
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonLook {
  variant?: ButtonVariant;
  /** `small`: a row's own action (a list of sessions, a table) — still 44 px high for guests. */
  size?: 'normal' | 'small';
}

const BASE =
  'inline-flex items-center justify-center gap-2 font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 rounded-full compact:rounded-md compact:text-sm';

const SIZES = {
  normal: 'min-h-12 compact:min-h-10',
  small: 'min-h-11 text-sm compact:min-h-8',
} as const;

const VARIANTS: Record<ButtonVariant, Record<'normal' | 'small', string>> = {
  primary: {
    normal: 'bg-gold px-7 text-night hover:bg-gold-bright compact:px-4 compact:font-semibold',
    small: 'bg-gold px-5 text-night hover:bg-gold-bright compact:px-3 compact:font-semibold',
  },
  secondary: {
    normal:
      'border border-gold/40 px-6 text-cream hover:border-gold hover:text-gold-bright compact:border-white/15 compact:px-3.5 compact:hover:border-gold/60',
    small:
      'border border-gold/40 px-4 text-cream hover:border-gold hover:text-gold-bright compact:border-white/15 compact:px-2.5 compact:hover:border-gold/60',
  },
  danger: {
    normal:
      'border border-rose-400/50 px-6 text-rose-100 hover:border-rose-300 hover:bg-rose-400/10 compact:border-rose-400/40 compact:px-3.5 compact:text-rose-200',
    small:
      'border border-rose-400/50 px-4 text-rose-100 hover:border-rose-300 hover:bg-rose-400/10 compact:border-rose-400/40 compact:px-2.5 compact:text-rose-200',
  },
};

/** The classes of a button's look, for what must stay a link (`<a href>`, a `NavLink`). */
export function buttonClass({ variant = 'secondary', size = 'normal' }: ButtonLook = {}): string {
  return `${BASE} ${SIZES[size]} ${VARIANTS[variant][size]}`;
}
