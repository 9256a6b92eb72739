import { describe, expect, it } from 'vitest';
import {
  flowReducer,
  holdMatches,
  initialFlow,
  selectionSignature,
  type FlowState,
} from './flow-machine';

const chosen: FlowState = {
  ...initialFlow,
  selection: { partySize: 2, formulaId: 'f1', zoneId: 'z1', extras: { e1: 1 } },
};
const hold = {
  bookingId: 'b1',
  reference: 'K7PQ2MZA',
  expiresAt: '2026-11-24T20:10:00Z',
  totalCents: 100,
  signature: selectionSignature(chosen.selection),
};

describe('booking flow steps', () => {
  it("keeps the party between 1 and the sales rules' maximum", () => {
    const party = (partySize: number) =>
      flowReducer(initialFlow, { type: 'party', partySize, max: 8 }).selection.partySize;
    expect(party(0)).toBe(1);
    expect(party(99)).toBe(8);
    expect(party(5)).toBe(5);
  });

  it('never goes past a step whose choice is missing', () => {
    expect(flowReducer(initialFlow, { type: 'go', step: 'extras' }).step).toBe('party');
    const withFormula = flowReducer(initialFlow, { type: 'formula', formulaId: 'f1' });
    expect(flowReducer(withFormula, { type: 'go', step: 'extras' }).step).toBe('zone');
  });

  it('forgets the zone when the formula changes (the zone may not sell it)', () => {
    const next = flowReducer(chosen, { type: 'formula', formulaId: 'f2' });
    expect(next.selection.zoneId).toBeNull();
    expect(flowReducer(chosen, { type: 'formula', formulaId: 'f1' }).selection.zoneId).toBe('z1');
  });

  it('enters the details only with places held for exactly this choice', () => {
    expect(flowReducer(chosen, { type: 'go', step: 'details' }).step).toBe('extras');
    const held = flowReducer({ ...chosen, step: 'extras' }, { type: 'held', hold });
    expect(held.step).toBe('details');
    expect(holdMatches(held)).toBe(true);
    expect(flowReducer(held, { type: 'go', step: 'review' }).step).toBe('review');
    // Another guest added: the hold no longer matches, back to the extras to hold again.
    const bigger = flowReducer(held, { type: 'party', partySize: 3, max: 12 });
    expect(holdMatches(bigger)).toBe(false);
    expect(flowReducer(bigger, { type: 'go', step: 'review' }).step).toBe('extras');
  });

  it('stays on a later step when the places are held again after an expiry', () => {
    const onReview: FlowState = { ...chosen, step: 'review', hold };
    expect(flowReducer(onReview, { type: 'held', hold: { ...hold, bookingId: 'b2' } }).step).toBe(
      'review',
    );
  });

  it('signs a selection whatever the order of its extras, without the empty ones', () => {
    const a = { ...chosen.selection, extras: { b: 1, a: 2, c: 0 } };
    const b = { ...chosen.selection, extras: { a: 2, b: 1 } };
    expect(selectionSignature(a)).toBe(selectionSignature(b));
  });
});
