// Erasing a person: one set of rules for "delete my data" in the conversation, `admin erase` and the retention sweep.
// Everything about them goes, in every table, sent or not: messages, handoffs (and with them referrals, mentors'
// answers and check-ins), the conversation, every outbox row that carried them or their words, and their jobs.
// Safety events lose the link to them. The cards and texts that showed them in Teams are replaced by ones that hold
// nothing about them, the coordinator who had claimed them is told, and Twilio is asked to delete its copies of their
// texts (a job, outside the transaction: by the SIDs we stored, and by listing Twilio's log for their number). What stays: an opt-out (it must outlive erasure) and an audit line without
// personal data. On SQLite, `scrubFreedSpace` afterwards leaves nothing in freed pages or the write-ahead log.
// The runtime's own null marker (the generated clients re-export it), so no provider's client is loaded here.
import { randomUUID } from 'node:crypto';
import { DbNull } from '@prisma/client/runtime/client';
import { scrubFreedSpace, type Db, type Queries } from '../db/client.js';
import type { Op } from '../db/ops.js';
import type { ErasureReason } from '../../dialogs/coordinator/index.js';
import { erasedCardOps } from '../handoffs/erased-cards.js';
import { replaceRepliesOps, replaceSentOps, tellClaimantsOps } from '../handoffs/erased-messages.js';
import { conversationIdOf } from '../staff/directory.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { audit } from '../audit.js';
import { countOp } from '../figures.js';

/** How long the job deleting Twilio's copies waits, so that the reply confirming an erasure (in the webhook's answer,
 * after this transaction) is in Twilio's log when it is listed. */
const SMS_ERASE_DELAY_MS = 2 * 60_000;
/** Margin for Twilio's clock and its date filter. */
const DAY_MS = 24 * 60 * 60_000;

export interface ErasablePerson {
  id: string;
  phone: string | null;
  optedOutAt: Date | null;
}

/** The writes that erase a person; run them in one transaction with whatever else the caller writes. */
export async function eraseOps(
  db: Queries,
  person: ErasablePerson,
  reason: string,
  actor: string,
  now: Date,
): Promise<Op[]> {
  const { id } = person;
  const [handoffs, safetyEvents, referrals, stored] = await Promise.all([
    db.handoff.findMany({ where: { personId: id }, select: { id: true, status: true, claimedById: true } }),
    db.safetyEvent.findMany({ where: { personId: id }, select: { id: true } }),
    db.referral.findMany({
      where: { handoff: { personId: id } },
      select: { id: true, status: true, matchedMentorId: true },
    }),
    db.person.findUnique({ where: { id }, select: { teamsRef: true, createdAt: true } }),
  ]);
  const handoffIds = handoffs.map((h) => h.id);
  const messages = await db.message.findMany({
    where: { OR: [{ personId: id }, ...(handoffIds.length > 0 ? [{ handoffId: { in: handoffIds } }] : [])] },
    select: { id: true, providerId: true, replyIds: true },
  });
  const personChat = conversationIdOf(stored?.teamsRef);
  // Every outbox row that carried them: to them, about their handoffs and referrals, their words, notes naming them.
  const keyed = [
    `intake:${id}:`,
    ...messages.map((m) => `relay:${m.id}`),
    ...handoffIds.map((h) => h),
    ...referrals.map((r) => r.id),
    ...safetyEvents.map((e) => `safety:${e.id}:note`),
  ];
  const aboutThem = {
    OR: [
      ...(handoffIds.length > 0 ? [{ handoffId: { in: handoffIds } }] : []),
      ...(person.phone ? [{ target: person.phone }] : []),
      ...(personChat ? [{ target: personChat }] : []),
      ...keyed.map((k) => ({ dedupeKey: { contains: k } })),
    ],
    // The replacements queued below, in this same transaction, must still go.
    NOT: { dedupeKey: { startsWith: 'erase:' } },
  };
  const outbox = await db.outbox.findMany({
    where: aboutThem,
    select: { id: true, channel: true, status: true, target: true, payload: true, providerId: true },
  });
  const twilioSids = [
    ...messages.flatMap((m) => (m.providerId?.startsWith('sms:') ? [m.providerId.slice('sms:'.length)] : [])),
    ...outbox.flatMap((o) => (o.channel === 'sms' && o.providerId ? [o.providerId] : [])),
  ];
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
    ...replaceSentOps(db, outbox, personChat, now),
    ...replaceRepliesOps(
      db,
      messages.flatMap((m) => (Array.isArray(m.replyIds) ? m.replyIds.filter((r) => typeof r === 'string') : [])),
      personChat,
      stored?.teamsRef,
      now,
    ),
    ...(await tellClaimantsOps(db, handoffs, because, now)),
    // With their number, the job also finds the replies given in webhook answers, whose SIDs we never get.
    ...(twilioSids.length > 0 || person.phone
      ? [
          scheduleJob(db, {
            kind: JobKinds.smsErase,
            key: `sms-erase:${randomUUID()}`,
            runAt: new Date(now.getTime() + SMS_ERASE_DELAY_MS),
            payload: {
              sids: [...new Set(twilioSids)],
              ...(person.phone
                ? { phone: person.phone, since: new Date((stored?.createdAt ?? now).getTime() - DAY_MS).toISOString() }
                : {}),
            },
          }),
        ]
      : []),
    db.job.deleteMany({
      where: {
        OR: [
          { key: { startsWith: `reminder:${id}` } },
          ...messages.map((m) => ({ key: { startsWith: `relay:${m.id}` } })),
          ...handoffIds.map((h) => ({ key: { startsWith: `handoff:${h}` } })),
          ...referrals.map((r) => ({ key: { contains: r.id } })),
        ],
      },
    }),
    db.conversation.deleteMany({ where: { personId: id } }),
    db.safetyEvent.updateMany({ where: { personId: id }, data: { personId: null, messageId: null } }),
    db.message.deleteMany({ where: { id: { in: messages.map((m) => m.id) } } }),
    db.staff.updateMany({
      where: { activeHandoffId: { in: handoffIds } },
      data: { activeHandoffId: null },
    }),
    db.outbox.deleteMany({ where: { id: { in: outbox.map((o) => o.id) } } }),
    db.handoff.deleteMany({ where: { personId: id } }),
    audit(db, now, actor, 'person.erased', null, null, { reason }),
    countOp(db, now, 'erased'),
    // An opt-out must outlive erasure, or a later text could reach someone who said STOP.
    person.optedOutAt
      ? db.person.update({
          where: { id },
          data: { erasedAt: now, teamsRef: DbNull, teamsUserId: null, teamsUserIdIndex: null },
        })
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
  await scrubFreedSpace(db);
  return true;
}
