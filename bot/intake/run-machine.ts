// Steps a person's intake machine once, from its saved snapshot (or new, from input), with the one stepper every
// machine uses; returns the snapshot to save and the effects its actions asked for. No I/O: the caller persists it.
import { intakeMachine, topState, type IntakeEvent, type IntakeInput } from '../../flows/intake/index.js';
import { step } from '../../flows/step.js';
import type { JsonObject } from '../../shared/json.js';
import { intakeEffects, type IntakeEffects } from './effects.js';
import type { LoadedPerson } from './people.js';

export interface MachineTurn {
  snapshot: JsonObject;
  state: string;
  version: number;
}

export function runMachine(
  person: LoadedPerson | null,
  input: IntakeInput,
  event: IntakeEvent,
): { turn: MachineTurn; effects: IntakeEffects } {
  const saved = person?.conversation?.snapshot;
  const next = step(intakeMachine, saved ? { snapshot: saved } : { input }, event);
  return {
    turn: {
      snapshot: next.persisted,
      state: topState(next.snapshot),
      version: (person?.conversation?.version ?? -1) + 1,
    },
    effects: intakeEffects(next.actions),
  };
}
