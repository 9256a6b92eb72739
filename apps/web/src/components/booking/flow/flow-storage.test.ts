import { afterEach, describe, expect, it } from 'vitest';
import { initialFlow, type FlowState } from './flow-machine';
import { forgetFlow, loadFlow, saveFlow } from './flow-storage';

const held: FlowState = {
  step: 'details',
  selection: { partySize: 3, formulaId: 'f1', zoneId: 'z1', extras: { e1: 1 } },
  hold: {
    bookingId: 'b1',
    reference: 'K7PQ2MZA',
    expiresAt: '2026-11-24T20:10:00Z',
    totalCents: 100,
    signature: '3|f1|z1|e1×1',
  },
};

describe('the booking flow across a reload', () => {
  afterEach(() => window.sessionStorage.clear());

  it('comes back where the guest was, for that performance only', () => {
    saveFlow('p1', held);
    expect(loadFlow('p1')).toEqual(held);
    expect(loadFlow('p2')).toEqual(initialFlow);
  });

  it('starts afresh once confirmed, or when what is stored is not a flow', () => {
    saveFlow('p1', held);
    forgetFlow('p1');
    expect(loadFlow('p1')).toEqual(initialFlow);
    window.sessionStorage.setItem('ladiva.flow.p1', '{"step":"nowhere"}');
    expect(loadFlow('p1')).toEqual(initialFlow);
    window.sessionStorage.setItem('ladiva.flow.p1', 'not json');
    expect(loadFlow('p1')).toEqual(initialFlow);
  });
});
