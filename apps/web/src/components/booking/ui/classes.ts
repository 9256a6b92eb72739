// Looks of the booking pages beyond the account pages' own (components/account/ui/classes.ts).

/** A choice card (a radio in a label): gold when chosen, dim when unavailable. */
export const choiceCard =
  'flex cursor-pointer gap-4 rounded-2xl border border-white/10 bg-ink/80 p-4 transition-colors hover:border-gold/50 has-checked:border-gold has-checked:bg-velvet/40 has-disabled:cursor-not-allowed has-disabled:opacity-50 has-focus-visible:outline-2 has-focus-visible:outline-gold sm:p-5';
