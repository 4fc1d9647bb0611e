// Model-based tests: every shortest path through the handoff lifecycle with two coordinators, replayed with vi.fn()
// effects. Whatever the path: one claimant at a time, a second claim is refused naming the holder, only the claimant
// returns or closes a claimed handoff, anyone else may take it over (the claimant is named), and an ended handoff
// never changes again.
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { handoffMachine, type HandoffEvent } from '../../../flows/handoff/index.js';
import { effects, JO, SAM, testMachine } from './harness.js';

const at = '2026-11-23T10:00:00.000Z';
const EVENTS: HandoffEvent[] = [
  { type: 'CLAIM', by: SAM, at },
  { type: 'CLAIM', by: JO, at },
  { type: 'TAKE_OVER', by: JO, at },
  { type: 'RETURN', by: SAM, at },
  { type: 'CLOSE', by: JO, outcome: 'matched', at },
  { type: 'CLOSE', by: SAM, outcome: 'no-reply', at },
];

type Snap = SnapshotFrom<typeof handoffMachine>;
const serializeState = (s: Snap) => JSON.stringify([s.value, s.context.claimedBy?.id ?? null, s.context.outcome]);
const paths = getShortestPaths(handoffMachine, { events: EVENTS, serializeState });
const describePath = (events: HandoffEvent[]) => events.map((e) => `${e.by.name} ${e.type}`).join(' > ') || '(new)';

describe(`handoff paths (${paths.length})`, () => {
  it('reaches every state', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(
      new Set(['open', 'claimed', 'returned', 'closed']),
    );
  });

  for (const path of paths) {
    const events = path.steps.map((s) => s.event).filter((e) => String(e.type) !== 'xstate.init');
    it(describePath(events), () => {
      const fx = effects();
      const actor = createActor(testMachine(fx)).start();
      for (const event of events) {
        const before = actor.getSnapshot();
        Object.values(fx).forEach((f) => f.mockClear());
        actor.send(event);
        const after = actor.getSnapshot();
        const ended = before.matches('returned') || before.matches('closed');
        if (ended) {
          expect(after.value).toBe(before.value);
          expect(fx.refuseEnded).toHaveBeenCalledTimes(1);
        }
        if (event.type === 'CLAIM' && before.matches('claimed')) {
          expect(after.context.claimedBy).toEqual(before.context.claimedBy);
          if (before.context.claimedBy?.id === event.by.id) expect(fx.confirmOwn).toHaveBeenCalledTimes(1);
          else expect(fx.refuseClaim).toHaveBeenCalledWith({ holder: before.context.claimedBy });
        }
        if (event.type === 'CLAIM' && before.matches('open')) {
          expect(fx.announceClaim).toHaveBeenCalledWith({ by: event.by });
          expect(after.context.claimedBy).toEqual(event.by);
        }
        const owner = before.matches('open') || before.context.claimedBy?.id === event.by.id;
        if ((event.type === 'CLOSE' || event.type === 'RETURN') && !ended && !owner) {
          expect(after.value).toBe('claimed');
          expect(after.context.claimedBy).toEqual(before.context.claimedBy);
          expect(fx.refuseNotOwner).toHaveBeenCalledWith({ holder: before.context.claimedBy });
        }
        if (event.type === 'CLOSE' && !ended && owner) {
          expect(fx.announceClose).toHaveBeenCalledWith({ by: event.by, outcome: event.outcome });
          expect(after.context.outcome).toBe(event.outcome);
        }
        if (event.type === 'RETURN' && !ended && owner) expect(fx.announceReturn).toHaveBeenCalledTimes(1);
        if (event.type === 'TAKE_OVER' && before.matches('claimed')) {
          expect(after.context.claimedBy).toEqual(event.by);
          if (before.context.claimedBy?.id === event.by.id) expect(fx.confirmOwn).toHaveBeenCalledTimes(1);
          else expect(fx.announceTakeOver).toHaveBeenCalledWith({ by: event.by, from: before.context.claimedBy });
        }
        // At most one announcement per event: the person hears one thing.
        const announced =
          fx.announceClaim.mock.calls.length +
          fx.announceReturn.mock.calls.length +
          fx.announceClose.mock.calls.length +
          fx.announceTakeOver.mock.calls.length;
        expect(announced).toBeLessThanOrEqual(1);
      }
      expect(serializeState(actor.getSnapshot())).toBe(serializeState(path.state));
    });
  }
});
