// The one way the bot steps a machine: restore its saved snapshot (or start it from input), take one event with
// XState's pure transition(), and hand back the snapshot to save and the named actions it asked for, as data. Nothing
// runs here; the caller turns the actions into its effects and saves the snapshot.
import {
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
  type ExecutableActionsFrom,
  type InputFrom,
  type SnapshotFrom,
  type StateMachine,
  type StateValue,
} from 'xstate';
import type { JsonObject } from '../shared/json.js';
import { isObject } from '../shared/json.js';

type Executable<M extends AnyStateMachine> = ExecutableActionsFrom<M>;
type History = AnyMachineSnapshot['historyValue'];
type StateNode = ReturnType<AnyStateMachine['getStateNodeById']>;

/** The named actions a machine's setup declares, as XState types them. */
type ActionsOf<M> =
  M extends StateMachine<
    infer _Context,
    infer _Event,
    infer _Children,
    infer _Actor,
    infer TAction,
    infer _Guard,
    infer _Delay,
    infer _StateValue,
    infer _Tag,
    infer _Input,
    infer _Output,
    infer _Emitted,
    infer _Meta,
    infer _Schema,
    infer _TransitionMeta
  >
    ? TAction
    : never;

/** A named action the machine asked for: its name and resolved params, nothing to call. */
export type StepAction<M extends AnyStateMachine> =
  ActionsOf<M> extends infer A
    ? A extends { type: string; params?: unknown }
      ? { type: A['type']; params: A['params'] }
      : never
    : never;

/** Where the machine starts from: a snapshot saved earlier (JSON, or a row resolved by the flow), else new from input. */
export type StepFrom<M extends AnyStateMachine> = { snapshot: unknown } | { input: InputFrom<M> };

export interface Stepped<M extends AnyStateMachine> {
  /** The next snapshot, live (for `matches`). */
  snapshot: SnapshotFrom<M>;
  /** The same snapshot as JSON, to save. */
  persisted: JsonObject;
  /** The top-level state's name. */
  state: string;
  /** The named actions, in the order the machine asked for them (a new machine's entry actions first). */
  actions: StepAction<M>[];
}

/** Steps `machine` once with `event`. A machine that fails (a guard or an assign that throws) throws here. */
export function step<M extends AnyStateMachine>(machine: M, from: StepFrom<M>, event: EventFromLogic<M>): Stepped<M> {
  const asked: Executable<M>[] = [];
  let next: AnyMachineSnapshot;
  try {
    let current: AnyMachineSnapshot;
    if ('snapshot' in from) current = restore(machine, from.snapshot);
    else {
      const [initial, entry]: [AnyMachineSnapshot, Executable<M>[]] = initialTransition(machine, from.input);
      if (initial.status === 'error') throw initial.error;
      asked.push(...entry);
      current = initial;
    }
    const logic: AnyStateMachine = machine;
    const [after, actions] = transition(logic, current, event);
    asked.push(...(actions as Executable<M>[]));
    if (after.status === 'error') throw after.error;
    next = after;
  } catch (err) {
    throw new Error(`the ${machine.id} flow failed`, { cause: err });
  }
  return {
    snapshot: next as SnapshotFrom<M>,
    persisted: machine.getPersistedSnapshot(next) as unknown as JsonObject,
    state: topLevel(next.value),
    actions: named(asked),
  };
}

/** A saved snapshot made live again, as `createActor(machine, { snapshot })` would: state, context and history. */
function restore(machine: AnyStateMachine, saved: unknown): AnyMachineSnapshot {
  if (!isObject(saved) || saved.value === undefined) throw new Error(`not a saved ${machine.id} snapshot`);
  return machine.resolveState({
    value: saved.value as StateValue,
    context: saved.context,
    historyValue: revivedHistory(machine, saved.historyValue),
  });
}

// History is saved as the ids of the states it remembers; a state since renamed or removed is forgotten, as XState's
// own restore does.
function revivedHistory(machine: AnyStateMachine, saved: unknown): History {
  const revived: Record<string, StateNode[]> = {};
  if (!isObject(saved)) return revived;
  for (const [key, items] of Object.entries(saved)) {
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!isObject(item) || typeof item.id !== 'string') continue;
      const node = nodeById(machine, item.id);
      if (node) (revived[key] ??= []).push(node);
    }
  }
  return revived;
}

function nodeById(machine: AnyStateMachine, id: string): StateNode | undefined {
  try {
    return machine.getStateNodeById(id);
  } catch {
    return undefined; // no such state now
  }
}

function topLevel(value: unknown): string {
  return typeof value === 'string' ? value : isObject(value) ? (Object.keys(value)[0] ?? '') : '';
}

// Only named actions come back. A raise without a delay was already taken within the step (XState lists it anyway,
// with nothing left to do); the other built-ins (a delayed raise, spawn, sendTo) would need a live actor, and no
// machine here uses them: one that did would be a mistake to find at once.
function named<M extends AnyStateMachine>(actions: Executable<M>[]): StepAction<M>[] {
  const out: StepAction<M>[] = [];
  for (const action of actions) {
    const { type, params } = action as { type: string; params: unknown };
    if (type === 'xstate.raise' && isObject(params) && params.delay === undefined) continue;
    if (type.startsWith('xstate.')) throw new Error(`the stepper cannot run the built-in action ${type}`);
    out.push({ type, params } as StepAction<M>);
  }
  return out;
}
