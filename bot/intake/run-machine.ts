// Runs one event through a person's intake machine, restored from its persisted snapshot, with the named actions
// collecting effects; returns the snapshot to save. No I/O: the caller persists it.
import { createActor } from 'xstate';
import { topState, type IntakeEvent, type IntakeInput } from '../../flows/intake/index.js';
import type { JsonObject } from '../../shared/json.js';
import { collectEffects, type IntakeEffects } from './effects.js';
import type { LoadedPerson } from './people.js';

export interface MachineTurn {
  snapshot: JsonObject;
  state: string;
  version: number;
}

export function runMachine(
  effects: IntakeEffects,
  person: LoadedPerson | null,
  input: IntakeInput,
  event: IntakeEvent,
): MachineTurn {
  const saved = person?.conversation?.snapshot;
  return collectEffects(effects, (machine) => {
    const actor = saved ? createActor(machine, { snapshot: saved as never, input }) : createActor(machine, { input });
    actor.start();
    actor.send(event);
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') throw new Error('the intake flow failed', { cause: snapshot.error });
    const persisted = actor.getPersistedSnapshot() as unknown as JsonObject;
    actor.stop();
    return { snapshot: persisted, state: topState(snapshot), version: (person?.conversation?.version ?? -1) + 1 };
  });
}
