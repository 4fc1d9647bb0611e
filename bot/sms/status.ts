// Delivery reports from Twilio. They can arrive late, twice or out of order, so a status only ever moves forward;
// a permanent failure is shown on the person's handoff so a coordinator knows texts are not getting through.
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { permanentProblem } from './error-codes.js';

const RANK: Record<string, number> = {
  queued: 1,
  accepted: 1,
  scheduled: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  undelivered: 5,
  failed: 5,
  canceled: 5,
};

export async function recordDeliveryStatus(
  db: Db,
  sid: string,
  status: string,
  errorCode: string | undefined,
  log: Logger,
): Promise<void> {
  const providerId = `sms:${sid}`;
  const now = new Date();
  const existing = await db.message.findUnique({ where: { providerId }, select: { id: true, status: true } });
  const rank = RANK[status] ?? 0;
  if (!existing) {
    // The report beat our own bookkeeping of the send: keep it, the send's record will fill in the rest.
    await db.message
      .create({
        data: { providerId, direction: 'out', channel: 'sms', status, statusAt: now, errorCode: errorCode ?? null },
      })
      .catch(() => undefined);
  } else if (rank >= (RANK[existing.status] ?? 0)) {
    await db.message.update({
      where: { id: existing.id },
      data: { status, statusAt: now, errorCode: errorCode ?? null },
    });
  }
  const problem = permanentProblem(errorCode);
  if ((status === 'failed' || status === 'undelivered') && problem) {
    const send = await db.outbox.findFirst({ where: { providerId: sid }, select: { handoffId: true, target: true } });
    const handoffId = send?.handoffId;
    if (handoffId) await db.handoff.update({ where: { id: handoffId }, data: { deliveryIssue: problem } });
    log.warn({ status, errorCode, handoffId }, 'sms delivery failed for good');
  }
}
