// A referral's snapshot is its row: status and matched mentor (no row: not shared yet). These two functions are the
// only translation between the row and the machine, so the database never holds a state the machine cannot resume.
import type { Snapshot } from 'xstate';
import { referralMachine, type ReferralContext, type ReferralState } from './machine.js';

/** The row's statuses; 'none' is no row at all. */
export type ReferralStatus = Exclude<ReferralState, 'none'>;

export interface ReferralRowState {
  status: ReferralStatus;
  matchedMentorId: string | null;
}

const STATUSES: readonly ReferralStatus[] = ['open', 'matched', 'withdrawn', 'ended'];

export const isReferralStatus = (value: unknown): value is ReferralStatus => STATUSES.includes(value as ReferralStatus);

/** The machine's snapshot for a row (null: a referral not shared yet), ready for `step` or `createActor`. */
export function snapshotFromRow(row: { status: string; matchedMentorId: string | null } | null): Snapshot<unknown> {
  // A status the machine does not know is read as closed: nothing more can happen to it.
  const value: ReferralState = row ? (isReferralStatus(row.status) ? row.status : 'withdrawn') : 'none';
  const context: ReferralContext = { matchedMentorId: row?.matchedMentorId ?? null };
  return referralMachine.resolveState({ value, context });
}

/** The row's fields for a machine snapshot; null while it is not shared. */
export function rowFromSnapshot(snapshot: { value: unknown; context: ReferralContext }): ReferralRowState | null {
  if (!isReferralStatus(snapshot.value)) return null;
  return { status: snapshot.value, matchedMentorId: snapshot.context.matchedMentorId };
}
