// The bot persists the snapshot every turn: a journey reloaded from JSON at every step must behave exactly like
// one that never stopped (same replies, same effects, same state and context).
import { describe, expect, it } from 'vitest';
import { conversation, LONG_JOURNEY as JOURNEY, urgent } from './harness.js';

function run(rehydrate: boolean) {
  const c = conversation('teams');
  const trace = JOURNEY.map((step) => {
    if (rehydrate) c.rehydrate();
    const replies = c.send(step);
    return { replies, state: c.snapshot().value, context: c.context() };
  });
  const calls = Object.fromEntries(Object.entries(c.fx).map(([name, fn]) => [name, fn.mock.calls]));
  return { trace, calls };
}

describe('rehydration', () => {
  it('a journey reloaded from JSON at every step equals the uninterrupted one', () => {
    const straight = run(false);
    const reloaded = run(true);
    expect(reloaded.trace).toEqual(straight.trace);
    expect(reloaded.calls.raiseHandoff).toEqual(straight.calls.raiseHandoff);
    expect(reloaded.calls.forget).toEqual(straight.calls.forget);
    expect(reloaded.calls.relay).toEqual(straight.calls.relay);
    expect(reloaded.calls.scheduleReminder).toEqual(straight.calls.scheduleReminder);
    expect(straight.calls.raiseHandoff).toHaveLength(2);
  });

  it('history survives JSON: a pause resumes at the same question after reloading', () => {
    const c = conversation();
    for (const step of ['hi', 'yes', '30', 'Wells', 'Kit', 'later']) c.send(step);
    c.rehydrate();
    expect(c.send({ text: 'hi', after: 200 })).toMatchObject([
      { key: 'welcomeBack' },
      { key: 'askQuestion', question: 'situation', resumed: true },
    ]);
  });

  it('the persisted snapshot is plain JSON', () => {
    const c = conversation();
    for (const step of ['hi', 'yes', '30', 'Wells', 'Kit', urgent()]) c.send(step);
    const persisted = c.snapshot().context;
    expect(JSON.parse(JSON.stringify(persisted))).toEqual(persisted);
  });
});
