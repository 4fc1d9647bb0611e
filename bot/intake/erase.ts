// Erasing a person: one set of rules for "delete my data" in the conversation and `admin erase`. Messages, handoffs,
// the conversation and pending texts go; safety events lose the link to them; the cards that showed them in Teams
// are replaced by cards that hold nothing about them; an opt-out outlives erasure, and an anonymous audit line
// records that it happened.
// The runtime's own null marker (the generated clients re-export it), so no provider's client is loaded here.
import { DbNull } from '@prisma/client/runtime/client';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import type { ErasureReason } from '../../dialogs/coordinator/index.js';
import { erasedCardOps } from '../handoffs/erased-cards.js';
import { cancelJob } from '../work/jobs.js';
import { audit } from '../audit.js';

export interface ErasablePerson {
  id: string;
  phone: string | null;
  optedOutAt: Date | null;
}

/** The writes that erase a person; run them in one transaction with whatever else the caller writes. */
export async function eraseOps(
  db: Db,
  person: ErasablePerson,
  reason: string,
  actor: string,
  now: Date,
): Promise<Op[]> {
  const { id } = person;
  const [handoffs, safetyEvents, referrals] = await Promise.all([
    db.handoff.findMany({ where: { personId: id }, select: { id: true } }),
    db.safetyEvent.findMany({ where: { personId: id }, select: { id: true } }),
    db.referral.findMany({
      where: { handoff: { personId: id } },
      select: { id: true, status: true, matchedMentorId: true },
    }),
  ]);
  const handoffIds = handoffs.map((h) => h.id);
  const unsent = { status: { in: ['pending', 'sending'] } };
  const because: ErasureReason =
    reason === 'retention'
      ? 'retention'
      : reason === 'erase-request' || reason === 'admin-request'
        ? 'request'
        : 'other';
  return [
    // Queued before the rows they would be rendered from go: mentors and coordinators keep nothing about the person.
    ...(await erasedCardOps(
      db,
      { handoffIds, safetyEventIds: safetyEvents.map((e) => e.id), referrals },
      because,
      now,
    )),
    cancelJob(db, `reminder:${id}`),
    db.conversation.deleteMany({ where: { personId: id } }),
    db.safetyEvent.updateMany({ where: { personId: id }, data: { personId: null, messageId: null } }),
    db.message.deleteMany({ where: { personId: id } }),
    db.staff.updateMany({
      where: { activeHandoffId: { in: handoffIds } },
      data: { activeHandoffId: null },
    }),
    db.handoff.deleteMany({ where: { personId: id } }),
    // Their words still on the way to a coordinator go too (alerts about their safety still go, without them), and
    // so do mentors' texts and intro cards about them not yet sent.
    db.outbox.deleteMany({ where: { handoffId: { in: handoffIds }, dedupeKey: { startsWith: 'relay:' }, ...unsent } }),
    ...(referrals.length > 0
      ? [
          db.outbox.deleteMany({
            where: { OR: referrals.map((r) => ({ dedupeKey: { startsWith: `referral:${r.id}:` } })), ...unsent },
          }),
        ]
      : []),
    ...(person.phone ? [db.outbox.deleteMany({ where: { target: person.phone, ...unsent } })] : []),
    audit(db, now, actor, 'person.erased', null, null, { reason }),
    // An opt-out must outlive erasure, or a later text could reach someone who said STOP.
    person.optedOutAt
      ? db.person.update({ where: { id }, data: { erasedAt: now, teamsRef: DbNull, teamsUserId: null } })
      : db.person.deleteMany({ where: { id } }),
  ];
}

/** Erases the person with this phone number; false if there is nobody (left) to erase. */
export async function erasePersonByPhone(db: Db, phone: string, now: Date, actor: string): Promise<boolean> {
  const person = await db.person.findUnique({
    where: { phone },
    select: { id: true, optedOutAt: true, erasedAt: true },
  });
  if (!person || person.erasedAt) return false;
  await db.$transaction(await eraseOps(db, { ...person, phone }, 'admin-request', actor, now));
  return true;
}
