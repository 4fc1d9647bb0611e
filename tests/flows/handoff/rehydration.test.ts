// A handoff is persisted as its row (status, claimant, outcome): the row round-trips through the machine, and a
// persisted snapshot round-trips through JSON, so a turn after a restart resumes exactly where it was.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  handoffMachine,
  rowFromSnapshot,
  snapshotFromRow,
  type HandoffRowState,
} from '../../../flows/handoff/index.js';
import { effects, JO, SAM, testMachine } from './harness.js';

const at = '2026-11-23T10:00:00.000Z';

describe('handoff rehydration', () => {
  it.each<HandoffRowState>([
    { status: 'open', claimedBy: null, outcome: null },
    { status: 'claimed', claimedBy: SAM, outcome: null },
    { status: 'returned', claimedBy: SAM, outcome: null },
    { status: 'closed', claimedBy: JO, outcome: 'stepped-up' },
  ])('row $status round-trips through the machine', (row) => {
    const actor = createActor(handoffMachine, { snapshot: snapshotFromRow(row) }).start();
    expect(rowFromSnapshot(actor.getSnapshot())).toEqual(row);
  });

  it('a persisted snapshot survives JSON and carries on: a claimed handoff refuses a second claimant', () => {
    const first = createActor(handoffMachine).start();
    first.send({ type: 'CLAIM', by: SAM, at });
    const saved: unknown = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    first.stop();

    const fx = effects();
    const again = createActor(testMachine(fx), {
      snapshot: saved as ReturnType<typeof snapshotFromRow>,
    }).start();
    expect(again.getSnapshot().value).toBe('claimed');
    again.send({ type: 'CLAIM', by: JO, at });
    expect(fx.refuseClaim).toHaveBeenCalledWith({ holder: SAM });
    again.send({ type: 'CLOSE', by: SAM, outcome: 'matched', at });
    expect(rowFromSnapshot(again.getSnapshot())).toEqual({ status: 'closed', claimedBy: SAM, outcome: 'matched' });
  });

  it('a row from the database resumes like the live actor it came from', () => {
    const live = createActor(handoffMachine).start();
    live.send({ type: 'CLAIM', by: JO, at });
    const row = rowFromSnapshot(live.getSnapshot());
    const resumed = createActor(handoffMachine, { snapshot: snapshotFromRow(row) }).start();
    live.send({ type: 'RETURN', by: JO, at });
    resumed.send({ type: 'RETURN', by: JO, at });
    expect(rowFromSnapshot(resumed.getSnapshot())).toEqual(rowFromSnapshot(live.getSnapshot()));
  });
});
