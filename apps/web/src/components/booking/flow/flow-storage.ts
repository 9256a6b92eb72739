// The booking flow survives a reload: its state (the step, the choice, the hold — never the
// guest's details) is kept per performance in sessionStorage, which goes with the tab. Without it
// a guest who reloads would start over while their first hold kept the places until it expired.
import { initialFlow, STEPS, type FlowState } from './flow-machine';

const key = (performanceId: string) => `ladiva.flow.${performanceId}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** What was stored is trusted only if it has the shape of a flow state. */
function isFlowState(value: unknown): value is FlowState {
  if (!isRecord(value) || !isRecord(value.selection)) return false;
  const { step, selection, hold } = value;
  return (
    typeof step === 'string' &&
    (STEPS as readonly string[]).includes(step) &&
    typeof selection.partySize === 'number' &&
    (selection.formulaId === null || typeof selection.formulaId === 'string') &&
    (selection.zoneId === null || typeof selection.zoneId === 'string') &&
    isRecord(selection.extras) &&
    (hold === null ||
      (isRecord(hold) &&
        typeof hold.bookingId === 'string' &&
        typeof hold.expiresAt === 'string' &&
        typeof hold.signature === 'string'))
  );
}

export function loadFlow(performanceId: string): FlowState {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(key(performanceId)) ?? 'null');
    return isFlowState(stored) ? stored : initialFlow;
  } catch {
    return initialFlow;
  }
}

export function saveFlow(performanceId: string, state: FlowState): void {
  try {
    window.sessionStorage.setItem(key(performanceId), JSON.stringify(state));
  } catch {
    // Storage refused (private mode): the flow works for this visit without it.
  }
}

/** Once confirmed, the flow is over: a new visit starts afresh. */
export function forgetFlow(performanceId: string): void {
  try {
    window.sessionStorage.removeItem(key(performanceId));
  } catch {
    // Nothing stored.
  }
}
