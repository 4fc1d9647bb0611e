// The handoff machine with every effect a vi.fn(), as the bot provides them at the composition root.
import { vi } from 'vitest';
import { handoffMachine, type Coordinator, type HandoffOutcome } from '../../../flows/handoff/index.js';

export function effects() {
  return {
    announceClaim: vi.fn<(p: { by: Coordinator }) => void>(),
    announceReturn: vi.fn<(p: { by: Coordinator }) => void>(),
    announceClose: vi.fn<(p: { by: Coordinator; outcome: HandoffOutcome }) => void>(),
    refuseClaim: vi.fn<(p: { holder: Coordinator }) => void>(),
    announceTakeOver: vi.fn<(p: { by: Coordinator; from: Coordinator }) => void>(),
    refuseNotOwner: vi.fn<(p: { holder: Coordinator }) => void>(),
    confirmOwn: vi.fn<() => void>(),
    refuseEnded: vi.fn<(p: { state: 'returned' | 'closed' }) => void>(),
  };
}

export type Effects = ReturnType<typeof effects>;

export function testMachine(fx: Effects) {
  return handoffMachine.provide({
    actions: {
      announceClaim: (_, p) => fx.announceClaim(p),
      announceReturn: (_, p) => fx.announceReturn(p),
      announceClose: (_, p) => fx.announceClose(p),
      refuseClaim: (_, p) => fx.refuseClaim(p),
      announceTakeOver: (_, p) => fx.announceTakeOver(p),
      refuseNotOwner: (_, p) => fx.refuseNotOwner(p),
      confirmOwn: () => fx.confirmOwn(),
      refuseEnded: (_, p) => fx.refuseEnded(p),
    },
  });
}

export const SAM: Coordinator = { id: 'staff-sam', name: 'Sam' };
export const JO: Coordinator = { id: 'staff-jo', name: 'Jo' };
