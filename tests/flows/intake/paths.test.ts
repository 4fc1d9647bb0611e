// Model-based tests: xstate/graph walks the machine with a bounded set of representative events, and each shortest
// path to each distinct state is replayed through the machine with vi.fn() effects, one test per path.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { intakeMachine, topState } from '../../../flows/intake/index.js';
import type { InboundEvent, IntakeEvent } from '../../../flows/intake/index.js';
import { effects, testMachine } from './harness.js';

const at = '2026-03-02T10:00:00.000Z';
const msg = (text: string, extra: Partial<{ concern: boolean; media: number }> = {}): InboundEvent => ({
  type: 'MESSAGE',
  text,
  at,
  concern: false,
  media: 0,
  ...extra,
});

/** One or two of each kind of thing a person or the team can do; answers chosen to open every branch. */
const EVENTS: InboundEvent[] = [
  msg('hi'),
  msg('yes'),
  msg('no'),
  msg('16'),
  msg('Bath'),
  msg('Taunton'),
  msg('team'),
  msg('other'),
  msg('Walking more'),
  msg('skip'),
  msg('', { media: 1 }),
  msg('low again', { concern: true }),
  msg('later'),
  msg('carry on'),
  msg('help'),
  msg('talk to a person'),
  msg('start again'),
  msg('delete my data'),
  msg('send'),
  msg('change 2'),
  msg('remove 2'),
  { type: 'URGENT', text: 'I cannot go on', at, reasons: ['test'] },
  { type: 'REMINDER_DUE', at, max: 1 },
  { type: 'COORDINATOR_CLAIMED', at, coordinatorName: 'Alex' },
  { type: 'COORDINATOR_RETURNED', at },
  { type: 'HANDOFF_CLOSED', at, outcome: 'no-reply' },
  { type: 'MENTOR_MATCHED', at, mentorFirstName: 'Sharon' },
];

type IntakeSnapshot = SnapshotFrom<typeof intakeMachine>;

/** States differ by where they are and what they wait for, not by the exact words stored. */
const serializeState = (s: IntakeSnapshot): string =>
  JSON.stringify([
    s.value,
    s.context.prompt,
    s.context.editing,
    s.context.profile.goals.length,
    s.context.reminder.optedIn,
    s.context.crisisCount > 1,
    s.context.eraseReturn,
  ]);

const paths = getShortestPaths(intakeMachine, {
  input: { channel: 'sms' },
  events: EVENTS,
  serializeState,
});

const describePath = (events: IntakeEvent[]): string =>
  events.map((e) => (e.type === 'MESSAGE' ? JSON.stringify(e.text) : e.type)).join(' > ') || '(start)';

describe(`intake paths (${paths.length})`, () => {
  it('reaches every top state', () => {
    const reached = new Set(paths.map((p) => topState(p.state)));
    expect([...reached].sort()).toEqual(
      [
        'closed',
        'confirm-erase',
        'consent',
        'crisis',
        'eligibility',
        'ended',
        'paused',
        'questions',
        'relay',
        'review',
        'waiting',
        'welcome',
      ].sort(),
    );
  });

  for (const path of paths) {
    // The first step is xstate's own init event, which is not ours to send.
    const events = path.steps.map((s) => s.event).filter((e) => String(e.type) !== 'xstate.init');
    it(describePath(events), () => {
      const fx = effects();
      const actor = createActor(testMachine(fx), { input: { channel: 'sms' } }).start();
      for (const event of events) {
        const before = actor.getSnapshot();
        fx.reply.mockClear();
        fx.raiseHandoff.mockClear();
        fx.forget.mockClear();
        actor.send(event);
        const after = actor.getSnapshot();
        const replies = fx.reply.mock.calls.map(([r]) => r.key);
        const wasRelay = topState(before) === 'relay' || topState(after) === 'relay';

        // Safety first: an urgent message always gets the crisis reply, whatever the state.
        if (event.type === 'URGENT') expect(replies[0]).toBe('crisis');
        // Nobody is left unanswered, except while a coordinator is talking with them.
        if (event.type === 'MESSAGE' && !wasRelay) expect(replies.length).toBeGreaterThan(0);
        // Once claimed, the bot says nothing itself, except to act on a request to delete their data.
        if (event.type === 'MESSAGE' && topState(before) === 'relay') {
          expect(replies).toEqual(after.matches('confirmErase') ? ['confirmErase'] : []);
        }
        // A handoff is raised exactly when the person is newly handed to the team (a claim needs no record).
        const keptWaiting = before.matches('confirmErase') && ['waiting', 'relay'].includes(before.context.eraseReturn);
        const handedOff = !before.matches('handedOff') && !keptWaiting && after.matches({ handedOff: 'waiting' });
        expect(fx.raiseHandoff).toHaveBeenCalledTimes(handedOff ? 1 : 0);
        // Erasure happens exactly when the journey ends, and leaves nothing in the snapshot.
        const ended = !before.matches('ended') && after.matches('ended');
        expect(fx.forget).toHaveBeenCalledTimes(ended ? 1 : 0);
        if (ended) expect(after.context.profile).toEqual({ answers: {}, goals: [], skipped: [] });
        // Reminders only for those who asked for one.
        if (event.type === 'REMINDER_DUE' && !before.context.reminder.optedIn) expect(replies).toEqual([]);
      }
      expect(serializeState(actor.getSnapshot())).toBe(serializeState(path.state));
    });
  }
});
