// Erasing a person on request from outside their conversation (the admin CLI): the same rules as the intake flow's
// own erase: messages, handoffs and pending texts go; safety events lose the link; an opt-out outlives erasure.
import { Prisma } from '../../prisma/generated/sqlite/client.js';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { cancelJob } from '../work/jobs.js';

/** Erases the person with this phone number; false if there is nobody (left) to erase. */
export async function erasePersonByPhone(db: Db, phone: string, now: Date, actor: string): Promise<boolean> {
  const person = await db.person.findUnique({
    where: { phone },
    select: { id: true, optedOutAt: true, erasedAt: true },
  });
  if (!person || person.erasedAt) return false;
  const id = person.id;
  const handoffs = await db.handoff.findMany({ where: { personId: id }, select: { id: true } });
  const ops: Op[] = [
    cancelJob(db, `reminder:${id}`),
    db.conversation.deleteMany({ where: { personId: id } }),
    db.safetyEvent.updateMany({ where: { personId: id }, data: { personId: null, messageId: null } }),
    db.message.deleteMany({ where: { personId: id } }),
    db.staff.updateMany({
      where: { activeHandoffId: { in: handoffs.map((h) => h.id) } },
      data: { activeHandoffId: null },
    }),
    db.handoff.deleteMany({ where: { personId: id } }),
    db.outbox.deleteMany({ where: { target: phone, status: { in: ['pending', 'sending'] } } }),
    db.auditEvent.create({ data: { at: now, actor, action: 'person.erased', detail: { reason: 'admin-request' } } }),
    // An opt-out must outlive erasure, or a later text could reach someone who said STOP.
    person.optedOutAt
      ? db.person.update({ where: { id }, data: { erasedAt: now, teamsRef: Prisma.DbNull } })
      : db.person.delete({ where: { id } }),
  ];
  await db.$transaction(ops);
  return true;
}
