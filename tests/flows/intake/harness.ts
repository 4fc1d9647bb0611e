// Drives the intake machine like the bot does (one event per turn) with vi.fn() effects, recording what it did.
import { vi } from 'vitest';
import { createActor } from 'xstate';
import type { Snapshot } from 'xstate';
import { intakeMachine, topState } from '../../../flows/intake/index.js';
import type { ForgetReason, HandoffParams, InboundEvent, IntakeReply } from '../../../flows/intake/index.js';

export const START = Date.parse('2026-03-02T10:00:00Z');

export function effects() {
  return {
    reply: vi.fn<(params: IntakeReply) => void>(),
    raiseHandoff: vi.fn<(params: HandoffParams) => void>(),
    relay: vi.fn<(params: { text: string }) => void>(),
    forget: vi.fn<(params: { reason: ForgetReason }) => void>(),
    scheduleReminder: vi.fn<() => void>(),
    cancelReminder: vi.fn<() => void>(),
  };
}

export type Effects = ReturnType<typeof effects>;

/** The machine with every effect a recording vi.fn(). */
export function testMachine(fx: Effects) {
  return intakeMachine.provide({
    actions: {
      reply: (_, params) => fx.reply(params),
      raiseHandoff: (_, params) => fx.raiseHandoff(params),
      relay: (_, params) => fx.relay(params),
      forget: (_, params) => fx.forget(params),
      scheduleReminder: () => fx.scheduleReminder(),
      cancelReminder: () => fx.cancelReminder(),
    },
  });
}

export type Step =
  InboundEvent | string | { text: string; after?: number; concern?: boolean; ask?: boolean; media?: number };

/** One step as the event the bot would send, a minute (or `after` hours) after `now`, and the new time. */
export function eventOf(step: Step, now: number): { event: InboundEvent; now: number } {
  if (typeof step === 'string' || !('type' in step)) {
    const s = typeof step === 'string' ? { text: step } : step;
    const at = now + (s.after ?? 1 / 60) * 3_600_000;
    const event: InboundEvent = {
      type: 'MESSAGE',
      text: s.text,
      at: new Date(at).toISOString(),
      concern: s.concern ?? false,
      media: s.media ?? 0,
      ...(s.ask ? { ask: true } : {}),
    };
    return { event, now: at };
  }
  return { event: { ...step, at: new Date(now + 60_000).toISOString() }, now: now + 60_000 };
}

/** Steps as the events the bot would send, from START. */
export function eventsOf(steps: readonly Step[]): InboundEvent[] {
  let now = START;
  return steps.map((step) => {
    const next = eventOf(step, now);
    now = next.now;
    return next.event;
  });
}

/** A conversation with a clock: each message is a minute after the last unless `after` (hours) says otherwise. */
export function conversation(channel: 'sms' | 'teams' = 'sms') {
  const fx = effects();
  const machine = testMachine(fx);
  let actor = createActor(machine, { input: { channel } }).start();
  let now = START;
  const at = () => new Date(now).toISOString();

  function send(step: Step): IntakeReply[] {
    fx.reply.mockClear();
    const next = eventOf(step, now);
    now = next.now;
    actor.send(next.event);
    return fx.reply.mock.calls.map(([r]) => r);
  }

  return {
    fx,
    send,
    keys: (step: Step) => send(step).map((r) => r.key),
    state: () => topState(actor.getSnapshot()),
    snapshot: () => actor.getSnapshot(),
    context: () => actor.getSnapshot().context,
    /** Persist and reload, as the bot does between turns. */
    rehydrate: () => {
      const persisted: Snapshot<unknown> = JSON.parse(
        JSON.stringify(actor.getPersistedSnapshot()),
      ) as Snapshot<unknown>;
      actor.stop();
      actor = createActor(machine, { snapshot: persisted, input: { channel } }).start();
    },
    at,
  };
}

export const urgent = (text = 'I want to end it'): InboundEvent => ({
  type: 'URGENT',
  text,
  at: '',
  reasons: ['test'],
});

/** A long journey: consent, a pause and a return, a crisis, every question, review, a handoff, a coordinator, a
 * return to the bot, a match, erasure and a new start (the rehydration test and the stepper's test both run it). */
export const LONG_JOURNEY: readonly Step[] = [
  'hi',
  'what is this',
  'yes',
  "yes I'm 41",
  'Frome',
  'Dee',
  { text: 'Hearing voices, and feeling alone', concern: true },
  'later',
  'yes',
  { type: 'REMINDER_DUE', at: '', max: 1 },
  { text: 'hello', after: 96 },
  'Feel less alone',
  urgent(),
  urgent(),
  "I'm ok now, can we carry on",
  'Go to a cafe',
  'done',
  'help',
  'In person',
  'Afternoons',
  'skip',
  'Someone who gets it',
  'remove 9',
  'change 6',
  'Go to a cafe on my own',
  'send',
  'thanks',
  { type: 'COORDINATOR_CLAIMED', at: '', coordinatorName: 'Alex' },
  'hi Alex',
  urgent(),
  { type: 'COORDINATOR_RETURNED', at: '' },
  'send',
  { type: 'MENTOR_MATCHED', at: '', mentorFirstName: 'Sharon' },
  { type: 'HANDOFF_CLOSED', at: '', outcome: 'matched' },
  'hello',
  'delete my data',
  'yes',
  'hi',
];
