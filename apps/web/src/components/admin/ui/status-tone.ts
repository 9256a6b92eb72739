import type { NotificationStatus } from '../api/vocabulary';

/** One hue per status, muted: the words carry the meaning, the colour only helps scanning. */
export const STATUS_TONE: Record<NotificationStatus, { dot: string; text: string }> = {
  queued: { dot: 'bg-sky-300', text: 'text-sky-200' },
  sending: { dot: 'bg-violet-300', text: 'text-violet-200' },
  sent: { dot: 'bg-emerald-400', text: 'text-emerald-200' },
  failed: { dot: 'bg-amber-400', text: 'text-amber-200' },
  dead: { dot: 'bg-rose-500', text: 'text-rose-300' },
  cancelled: { dot: 'bg-mist/60', text: 'text-mist' },
};
