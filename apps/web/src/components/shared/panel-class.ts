// Surfaces that hold a part of a page: a plain panel, a raised card (gold edge, deep shadow: the
// sign-in card, a ticket), a danger zone. The staff app's are squarer and tighter.
export type PanelTone = 'plain' | 'raised' | 'danger';

const TONES: Record<PanelTone, string> = {
  plain: 'rounded-2xl border border-white/10 bg-ink/80 compact:rounded-md compact:bg-ink',
  raised:
    'rounded-2xl border border-gold/20 bg-ink/85 shadow-[0_30px_80px_-30px_rgb(0_0_0/0.9)] backdrop-blur-sm compact:rounded-md compact:border-white/10 compact:bg-ink compact:shadow-none',
  danger: 'rounded-2xl border border-rose-400/25 bg-rose-950/15 compact:rounded-md',
};

const PADDING: Record<PanelTone, string> = {
  plain: 'p-5 sm:p-6 compact:p-4 compact:sm:p-5',
  raised: 'p-6 sm:p-8 compact:p-5 compact:sm:p-6',
  danger: 'p-5 sm:p-7 compact:p-4 compact:sm:p-5',
};

/** The classes of a panel, for an element that must be something else (a link, a label). */
export function panelClass({
  tone = 'plain',
  padded = true,
}: { tone?: PanelTone; padded?: boolean } = {}): string {
  return padded ? `${TONES[tone]} ${PADDING[tone]}` : TONES[tone];
}
