// The booking flow's steps as a pure reducer: what the guest chose, where they are, and the hold
// that keeps their places while they fill in their details. The hold is taken when they leave the
// extras step; going back and changing the choice lets it go (a new one is taken on the way out).
export const STEPS = ['party', 'zone', 'extras', 'details', 'review'] as const;
export type Step = (typeof STEPS)[number];

export interface Selection {
  partySize: number;
  formulaId: string | null;
  zoneId: string | null;
  /** extraId → quantity (0 or absent: none). */
  extras: Readonly<Record<string, number>>;
}

export interface HeldPlaces {
  bookingId: string;
  reference: string;
  expiresAt: string;
  totalCents: number;
  /** The selection it holds (`selectionSignature`). */
  signature: string;
}

export interface FlowState {
  step: Step;
  selection: Selection;
  hold: HeldPlaces | null;
}

export type FlowAction =
  /** `max`: the sales rules' largest party (from the availability). */
  | { type: 'party'; partySize: number; max: number }
  | { type: 'formula'; formulaId: string }
  | { type: 'zone'; zoneId: string | null }
  | { type: 'extra'; extraId: string; quantity: number }
  | { type: 'go'; step: Step }
  | { type: 'held'; hold: HeldPlaces }
  | { type: 'released' };

export const initialFlow: FlowState = {
  step: 'party',
  selection: { partySize: 2, formulaId: null, zoneId: null, extras: {} },
  hold: null,
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A stable text of what a hold is made of: the same selection, the same hold. */
export function selectionSignature(selection: Selection): string {
  const extras = Object.entries(selection.extras)
    .filter(([, quantity]) => quantity > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, quantity]) => `${id}×${quantity}`)
    .join(',');
  return `${selection.partySize}|${selection.formulaId ?? ''}|${selection.zoneId ?? ''}|${extras}`;
}

/** Whether the guest may leave `step` forwards with this selection. */
export function canLeave(step: Step, selection: Selection): boolean {
  if (step === 'party') return selection.formulaId !== null && selection.partySize >= 1;
  if (step === 'zone') return selection.zoneId !== null;
  return true;
}

/** The step after `step` (review is the last: confirming leaves the flow). */
export function nextStep(step: Step): Step {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!;
}

export function previousStep(step: Step): Step {
  return STEPS[Math.max(STEPS.indexOf(step) - 1, 0)]!;
}

/** Steps that need the places held (the details and the review). */
export function needsHold(step: Step): boolean {
  return STEPS.indexOf(step) > STEPS.indexOf('extras');
}

function withSelection(state: FlowState, selection: Selection): FlowState {
  return { ...state, selection };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  const { selection } = state;
  switch (action.type) {
    case 'party':
      return withSelection(state, {
        ...selection,
        partySize: clamp(action.partySize, 1, action.max),
      });
    case 'formula':
      // A zone chosen for another formula may not sell this one: choose it again.
      return withSelection(state, {
        ...selection,
        formulaId: action.formulaId,
        zoneId: action.formulaId === selection.formulaId ? selection.zoneId : null,
      });
    case 'zone':
      return withSelection(state, { ...selection, zoneId: action.zoneId });
    case 'extra':
      return withSelection(state, {
        ...selection,
        extras: { ...selection.extras, [action.extraId]: clamp(action.quantity, 0, 20) },
      });
    case 'go': {
      // Never past a step whose choice is missing, never into details without a hold.
      const target = STEPS.indexOf(action.step);
      for (let i = 0; i < target; i++) {
        if (!canLeave(STEPS[i]!, selection)) return { ...state, step: STEPS[i]! };
      }
      if (needsHold(action.step) && !holdMatches(state)) return { ...state, step: 'extras' };
      return { ...state, step: action.step };
    }
    case 'held':
      // Held on the way out of the extras (or again, from a later step, after an expiry).
      return { ...state, hold: action.hold, step: needsHold(state.step) ? state.step : 'details' };
    case 'released':
      return { ...state, hold: null };
  }
}

/** The hold still covers exactly what the guest has chosen. */
export function holdMatches(state: FlowState): boolean {
  return state.hold !== null && state.hold.signature === selectionSignature(state.selection);
}
