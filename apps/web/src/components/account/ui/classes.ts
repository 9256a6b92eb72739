// The guest account pages' recurring looks: the venue's night, gold and cream, with controls tall
// enough for a thumb and text at 16 px (no zoom on focus in mobile Safari).
export const card =
  'rounded-2xl border border-gold/20 bg-ink/85 p-6 shadow-[0_30px_80px_-30px_rgb(0_0_0/0.9)] backdrop-blur-sm sm:p-8';

export const panel = 'rounded-2xl border border-white/10 bg-ink/80 p-5 sm:p-6';

export const buttonPrimary =
  'inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-gold px-7 font-medium text-night transition-colors hover:bg-gold-bright disabled:cursor-not-allowed disabled:opacity-60';

export const buttonSecondary =
  'inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-gold/40 px-6 font-medium text-cream transition-colors hover:border-gold hover:text-gold-bright disabled:cursor-not-allowed disabled:opacity-60';

export const buttonDanger =
  'inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-rose-400/50 px-6 font-medium text-rose-100 transition-colors hover:border-rose-300 hover:bg-rose-400/10 disabled:cursor-not-allowed disabled:opacity-60';

export const textLink =
  'rounded-sm text-gold underline decoration-gold/40 underline-offset-4 hover:text-gold-bright';

/** A button that reads as a link (switches inside a form). */
export const linkButton = `${textLink} inline-flex min-h-11 items-center text-left text-sm`;

export const input =
  'min-h-12 w-full rounded-xl border border-white/15 bg-night px-4 text-base text-cream placeholder:text-mist/50 hover:border-white/30 focus:border-gold/70 aria-[invalid=true]:border-rose-400/70';

export const sectionTitle = 'font-display text-2xl font-medium text-cream';
