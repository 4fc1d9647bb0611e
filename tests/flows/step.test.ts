// The one stepper: a journey stepped from JSON at every turn asks for exactly what a live actor runs, and saves what
// it saves, starting from snapshots an actor saved (every conversation row written before the stepper) or its own.
import { describe, expect, it } from 'vitest';
import { createActor, raise, setup } from 'xstate';
import { intakeMachine, type InboundEvent } from '../../flows/intake/index.js';
import { step, type StepAction } from '../../flows/step.js';
import { effects, eventsOf, LONG_JOURNEY, START, testMachine } from './intake/harness.js';

// The rehydration test's journey, as the events the bot would send.
const JOURNEY = eventsOf(LONG_JOURNEY);
const say = (text: string): InboundEvent => ({
  type: 'MESSAGE',
  text,
  at: new Date(START).toISOString(),
  concern: false,
  media: 0,
});

type Asked = StepAction<typeof intakeMachine>;
const named = (actions: Asked[]) => actions.map((a) => [a.type, a.params ?? null]);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Runs the journey through a live actor with recording effects: per turn, the saved snapshot before and after and
 * the named effects it ran. */
function live() {
  const fx = effects();
  const calls: [string, unknown][] = [];
  for (const [name, fn] of Object.entries(fx))
    fn.mockImplementation((params?: unknown) => void calls.push([name, params ?? null]));
  const actor = createActor(testMachine(fx), { input: { channel: 'sms' } }).start();
  return JOURNEY.map((event) => {
    const before = json(actor.getPersistedSnapshot());
    calls.length = 0;
    actor.send(event);
    return { before, after: json(actor.getPersistedSnapshot()), ran: [...calls] };
  });
}

describe('step', () => {
  const turns = live();

  it('from every snapshot an actor saved, asks for what the actor ran and saves what it saved', () => {
    JOURNEY.forEach((event, i) => {
      const next = step(intakeMachine, { snapshot: turns[i]!.before }, event);
      expect(named(next.actions), `turn ${i + 1}`).toEqual(turns[i]!.ran);
      expect(json(next.persisted), `turn ${i + 1}`).toEqual(turns[i]!.after);
    });
    const ran = turns.flatMap((t) => t.ran.map(([name]) => name));
    expect(ran.filter((name) => name === 'raiseHandoff')).toHaveLength(2);
    expect(ran).toContain('forget');
    expect(ran).toContain('scheduleReminder');
  });

  it('stepping its own saved snapshots from JSON goes the same way, history (a pause) included', () => {
    let saved: unknown;
    JOURNEY.forEach((event, i) => {
      const next = step(intakeMachine, saved ? { snapshot: saved } : { input: { channel: 'sms' } }, event);
      if (i === 0) expect(named(next.actions)).toEqual(turns[0]!.ran);
      else expect(named(next.actions), `turn ${i + 1}`).toEqual(turns[i]!.ran);
      saved = json(next.persisted);
    });
    expect(saved).toEqual(turns.at(-1)!.after);
  });

  it('names the top state and returns the live snapshot', () => {
    const next = step(intakeMachine, { input: { channel: 'teams' } }, say('hi'));
    expect(next.state).toBe('active');
    expect(next.snapshot.matches({ active: 'consent' })).toBe(true);
    expect(next.snapshot.context.channel).toBe('teams');
  });

  it('a machine that fails throws, with the cause', () => {
    const broken = setup({
      types: { events: {} as { type: 'GO' } },
      guards: {
        explodes: () => {
          throw new Error('boom');
        },
      },
    }).createMachine({
      id: 'broken',
      initial: 'a',
      states: { a: { on: { GO: { guard: 'explodes', target: 'b' } } }, b: {} },
    });
    const thrown = (() => {
      try {
        step(broken, { snapshot: { value: 'a', context: {} } }, { type: 'GO' });
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe('the broken flow failed');
    expect(((thrown as Error).cause as Error).message).toContain('boom');
  });

  it('refuses built-in actions that would need a live actor (a delayed event would be lost)', () => {
    const timed = setup({ types: { events: {} as { type: 'GO' } | { type: 'LATER' } } }).createMachine({
      id: 'timed',
      initial: 'a',
      states: { a: { on: { GO: { actions: raise({ type: 'LATER' }, { delay: 1000 }) } } } },
    });
    expect(() => step(timed, { input: undefined }, { type: 'GO' })).toThrow(/built-in action xstate\.raise/);
  });

  it('refuses what is not a saved snapshot', () => {
    expect(() => step(intakeMachine, { snapshot: 'nonsense' }, say('hi'))).toThrow('the intake flow failed');
  });
});
