// A handoff's snapshot is its row: status, claimant and outcome. These two functions are the only translation
// between the row and the machine, so the database never holds a state the machine cannot resume from.
import type { Snapshot } from 'xstate';
import { handoffMachine, type HandoffContext, type HandoffOutcome, type HandoffState } from './machine.js';

export interface HandoffRowState {
  status: HandoffState;
  claimedBy: { id: string; name: string } | null;
  outcome: HandoffOutcome | null;
}

const STATES: readonly HandoffState[] = ['open', 'claimed', 'returned', 'closed'];

export const isHandoffState = (value: unknown): value is HandoffState => STATES.includes(value as HandoffState);

/** The machine's snapshot for a row, ready for `createActor(handoffMachine, { snapshot })`. */
export function snapshotFromRow(row: HandoffRowState): Snapshot<unknown> {
  const context: HandoffContext = { claimedBy: row.claimedBy, outcome: row.outcome };
  return handoffMachine.resolveState({ value: row.status, context });
}

/** The row's fields for a machine snapshot. */
export function rowFromSnapshot(snapshot: { value: unknown; context: HandoffContext }): HandoffRowState {
  const status = isHandoffState(snapshot.value) ? snapshot.value : 'open';
  return { status, claimedBy: snapshot.context.claimedBy, outcome: snapshot.context.outcome };
}
