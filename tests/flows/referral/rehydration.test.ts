// A referral is persisted as its row (status, matched mentor; no row while not shared): the row round-trips through
// the machine, a persisted snapshot round-trips through JSON, and the bot's stepper resumes from a row exactly where a
// live actor would be.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  referralMachine,
  rowFromSnapshot,
  snapshotFromRow,
  type ReferralEvent,
  type ReferralRowState,
} from '../../../flows/referral/index.js';
import { step } from '../../../flows/step.js';
import { ANA, BEN, EVENTS, effects, SAM, testMachine } from './harness.js';

const share: ReferralEvent = { type: 'SHARE', by: SAM, handoff: { status: 'claimed', claimedById: SAM.id } };
const match: ReferralEvent = { type: 'MATCH', by: SAM, mentorId: ANA.id, interested: true };

describe('referral rehydration', () => {
  it.each<ReferralRowState>([
    { status: 'open', matchedMentorId: null },
    { status: 'matched', matchedMentorId: ANA.id },
    { status: 'withdrawn', matchedMentorId: null },
    { status: 'ended', matchedMentorId: BEN.id },
  ])('row $status round-trips through the machine', (row) => {
    const actor = createActor(referralMachine, { snapshot: snapshotFromRow(row) }).start();
    expect(rowFromSnapshot(actor.getSnapshot())).toEqual(row);
  });

  it('no row is a referral not shared yet, and stays no row until shared', () => {
    const actor = createActor(referralMachine, { snapshot: snapshotFromRow(null) }).start();
    expect(actor.getSnapshot().value).toBe('none');
    expect(rowFromSnapshot(actor.getSnapshot())).toBeNull();
    actor.send(share);
    expect(rowFromSnapshot(actor.getSnapshot())).toEqual({ status: 'open', matchedMentorId: null });
  });

  it('a status the machine does not know is closed to everything', () => {
    const snapshot = snapshotFromRow({ status: 'archived', matchedMentorId: null });
    expect(step(referralMachine, { snapshot }, { type: 'RESPOND', by: ANA, handoffEnded: false }).actions).toEqual([
      { type: 'refuse', params: { reason: 'referral-closed' } },
    ]);
  });

  it('a persisted snapshot survives JSON and carries on: a matched referral is refused to another mentor', () => {
    const first = createActor(referralMachine).start();
    first.send(share);
    first.send(match);
    const saved: unknown = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    first.stop();

    const fx = effects();
    const again = createActor(testMachine(fx), { snapshot: saved as ReturnType<typeof snapshotFromRow> }).start();
    expect(again.getSnapshot().value).toBe('matched');
    again.send({ type: 'RESPOND', by: BEN, handoffEnded: false });
    expect(fx.refuse).toHaveBeenCalledWith({ reason: 'matched-elsewhere' });
    again.send({ type: 'DECIDE_REVIEW', by: SAM, decision: 'close' });
    expect(rowFromSnapshot(again.getSnapshot())).toEqual({ status: 'ended', matchedMentorId: ANA.id });
  });

  it('stepped from its row at every action, a referral goes exactly as a live actor does', () => {
    // Everything tried while open (but what ends its handoff), then matched, then everything again until a review ends it.
    const whileOpen = EVENTS.filter((e) => e.type !== 'WITHDRAW' && !(e.type === 'RESPOND' && e.handoffEnded));
    const journey: ReferralEvent[] = [share, ...whileOpen, match, ...EVENTS];
    const fx = effects();
    const live = createActor(testMachine(fx)).start();
    let row = rowFromSnapshot(live.getSnapshot());
    for (const event of journey) {
      Object.values(fx).forEach((f) => f.mockClear());
      live.send(event);
      const ran = Object.entries(fx).flatMap(([type, f]) => f.mock.calls.map(([params]) => ({ type, params })));
      const next = step(referralMachine, { snapshot: snapshotFromRow(row) }, event);
      const asked = next.actions.map((a) => ({ type: a.type, params: a.params }));
      expect(sortByType(asked)).toEqual(sortByType(ran));
      row = rowFromSnapshot(next.snapshot);
      expect(row).toEqual(rowFromSnapshot(live.getSnapshot()));
    }
    expect(row).toEqual({ status: 'ended', matchedMentorId: ANA.id });
  });
});

function sortByType<T extends { type: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.type.localeCompare(b.type));
}
