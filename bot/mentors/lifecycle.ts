// One staff action on a referral, decided by the referral machine: stepped from its row (null: not shared yet) with the
// one stepper, and read back as the refusal to give, the named actions to carry out and the row to write.
import {
  referralMachine,
  rowFromSnapshot,
  snapshotFromRow,
  type ReferralEvent,
  type ReferralRefusal,
  type ReferralRowState,
} from '../../flows/referral/index.js';
import { step, type StepAction } from '../../flows/step.js';

type Asked = StepAction<typeof referralMachine>;

export interface ReferralTurn {
  /** Why the action is refused; null when it may go ahead. */
  refusal: ReferralRefusal | null;
  /** Whether the machine asked for this effect. */
  did: (type: Asked['type']) => boolean;
  /** The row as it should be now; null while not shared. */
  row: ReferralRowState | null;
}

export function stepReferral(
  row: { status: string; matchedMentorId: string | null } | null,
  event: ReferralEvent,
): ReferralTurn {
  const next = step(referralMachine, { snapshot: snapshotFromRow(row) }, event);
  return { ...readActions(next.actions), row: rowFromSnapshot(next.snapshot) };
}

/** The refusal and the effects in a step's actions. */
export function readActions(actions: readonly Asked[]): Omit<ReferralTurn, 'row'> {
  let refusal: ReferralRefusal | null = null;
  const asked = new Set<Asked['type']>();
  for (const action of actions) {
    if (action.type === 'refuse') refusal = action.params.reason;
    asked.add(action.type);
  }
  return { refusal, did: (type) => asked.has(type) };
}
