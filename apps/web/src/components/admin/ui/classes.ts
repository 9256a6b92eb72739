// The staff app's few recurring looks, as class lists: calm surfaces, gold kept for the one
// primary action and the current place.
export const panel = 'rounded-md border border-white/10 bg-ink';

export const buttonPrimary =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md bg-gold px-4 text-sm font-semibold text-night transition-colors hover:bg-gold-bright disabled:cursor-not-allowed disabled:opacity-60';

export const buttonSecondary =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md border border-white/15 px-3.5 text-sm font-medium text-cream transition-colors hover:border-gold/60 hover:text-gold-bright disabled:cursor-not-allowed disabled:opacity-60';

export const buttonDanger =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md border border-rose-400/40 px-3.5 text-sm font-medium text-rose-200 transition-colors hover:border-rose-300 hover:bg-rose-400/10 disabled:cursor-not-allowed disabled:opacity-60';

export const field =
  'min-h-10 w-full rounded-md border border-white/15 bg-night px-3 text-sm text-cream placeholder:text-mist/50 hover:border-white/25 focus:border-gold/70';

export const label = 'mb-1 block text-xs font-medium text-mist';

/** Small caps above a section or page title. */
export const eyebrow = 'text-[0.7rem] font-semibold tracking-[0.2em] text-gold/80 uppercase';

/** A period preset (tonight, this month…): gold underline when it is the one shown. */
export const presetButton = (active: boolean) =>
  `min-h-10 rounded-md px-3 text-sm font-medium transition-colors ${
    active
      ? 'bg-white/[0.08] text-cream shadow-[inset_0_-2px_0_var(--color-gold)]'
      : 'text-mist hover:bg-white/[0.04] hover:text-cream'
  }`;

/** A tab of an area's section navigation (a NavLink): gold underline on the current one. */
export const navTab = ({ isActive }: { isActive: boolean }) =>
  `-mb-px flex min-h-10 shrink-0 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors ${
    isActive ? 'border-gold text-cream' : 'border-transparent text-mist hover:text-cream'
  }`;
