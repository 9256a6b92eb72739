// The kitchen sheet's table looks; on paper the panels become plain ruled boxes.
import { panelClass } from '../../shared/panel-class';

export const th = 'px-3 py-1.5 text-left text-xs font-medium text-mist';
export const td = 'px-3 py-1.5';
export const block = `${panelClass({ padded: false })} overflow-hidden break-inside-avoid print:rounded-none print:border print:bg-transparent`;
export const blockTitle = 'border-b border-white/10 px-3 py-2 text-sm font-semibold text-cream';
