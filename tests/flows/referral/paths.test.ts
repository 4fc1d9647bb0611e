// Model-based tests: every shortest path through a referral's life with two coordinators and two mentors, replayed with
// vi.fn() effects, and from each state reached every action tried. Whatever the path, the machine refuses exactly
// what the bot's rules refused before it was a machine, with the same reason; only the claimant shares, one interested
// mentor is matched, only they see the contact details and check in, a review decides once, and a closed referral
// never changes again.
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { referralMachine, type ReferralEvent } from '../../../flows/referral/index.js';
import { describeEvent, effects, EVENTS, oracle, testMachine, type Effects } from './harness.js';

type Snap = SnapshotFrom<typeof referralMachine>;
const serializeState = (s: Snap) => JSON.stringify([s.value, s.context.matchedMentorId]);
const paths = getShortestPaths(referralMachine, { events: EVENTS, serializeState });
const eventsOf = (path: (typeof paths)[number]) =>
  path.steps.map((s) => s.event).filter((e): e is ReferralEvent => String(e.type) !== 'xstate.init');

/** Sends one event and checks it against the rules as they were; returns what the effects saw. */
function checkStep(actor: ReturnType<typeof createActor<typeof referralMachine>>, fx: Effects, event: ReferralEvent) {
  const before = actor.getSnapshot();
  Object.values(fx).forEach((f) => f.mockClear());
  actor.send(event);
  const after = actor.getSnapshot();
  const expected = oracle(before.value, before.context.matchedMentorId, event);
  const calls = Object.fromEntries(Object.entries(fx).map(([name, f]) => [name, f.mock.calls.length]));

  expect(fx.withdraw).toHaveBeenCalledTimes(expected.withdraws ? 1 : 0);
  if (expected.refusal) {
    expect(fx.refuse).toHaveBeenCalledExactlyOnceWith({ reason: expected.refusal });
    // A refusal changes nothing, except the withdrawal that comes with it.
    if (expected.withdraws) expect(after.value).toBe('withdrawn');
    else expect(serializeState(after)).toBe(serializeState(before));
    const others = Object.entries(calls).filter(([name, n]) => n > 0 && name !== 'refuse' && name !== 'withdraw');
    expect(others).toEqual([]);
    return;
  }
  expect(fx.refuse).not.toHaveBeenCalled();
  switch (event.type) {
    case 'SHARE':
      expect(fx.share).toHaveBeenCalledTimes(1);
      expect(after.value).toBe('open');
      break;
    case 'RESPOND':
      expect(fx.respond).toHaveBeenCalledTimes(1);
      expect(after.value).toBe('open');
      break;
    case 'MATCH':
      expect(fx.match).toHaveBeenCalledExactlyOnceWith({ mentorId: event.mentorId });
      expect(after.value).toBe('matched');
      expect(after.context.matchedMentorId).toBe(event.mentorId);
      break;
    case 'VIEW_CONTACT':
      expect(fx.showContact).toHaveBeenCalledTimes(1);
      break;
    case 'CHECK_IN':
      expect(fx.allowCheckIn).toHaveBeenCalledTimes(1);
      break;
    case 'DECIDE_REVIEW':
      if (event.by.role === 'mentor') {
        expect(fx.suggestReview).toHaveBeenCalledExactlyOnceWith({ decision: event.decision });
        expect(after.value).toBe('matched');
      } else {
        const ends = event.decision !== 'continue';
        expect(fx.decideReview).toHaveBeenCalledExactlyOnceWith({ decision: event.decision, ends });
        expect(after.value).toBe(ends ? 'ended' : 'matched');
      }
      break;
    case 'WITHDRAW':
      expect(after.value).toBe(expected.withdraws ? 'withdrawn' : before.value);
      break;
  }
  // One thing happens per event.
  const done = Object.entries(calls).filter(([name, n]) => n > 0 && name !== 'refuse');
  expect(done.length).toBeLessThanOrEqual(1);
}

describe(`referral paths (${paths.length})`, () => {
  it('reaches every state', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(
      new Set(['none', 'open', 'matched', 'withdrawn', 'ended']),
    );
  });

  for (const path of paths) {
    const events = eventsOf(path);
    const name = events.map(describeEvent).join(' > ') || '(not shared)';
    it(name, () => {
      const fx = effects();
      const actor = createActor(testMachine(fx)).start();
      for (const event of events) checkStep(actor, fx, event);
      expect(serializeState(actor.getSnapshot())).toBe(serializeState(path.state));
    });

    it(`${name}, then every action: as the rules before the machine`, () => {
      for (const event of EVENTS) {
        const fx = effects();
        const actor = createActor(testMachine(fx)).start();
        for (const e of events) actor.send(e);
        checkStep(actor, fx, event);
      }
    });
  }
});
