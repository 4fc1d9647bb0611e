// Acknowledging a safety alert, wherever it is done (the alert card, a follow-up, opening a chat, claiming from the
// alert): the first acknowledgement wins, and it is audited and counted for the figures (an urgent one with its wait
// since it was raised) in the same transaction.
import type { Db } from '../db/client.js';
import { audit } from '../audit.js';
import { countOp, waitOp } from '../figures.js';

/** True if this was the first acknowledgement of alert `id`. */
export async function acknowledgeAlert(db: Db, now: Date, staffId: string, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.safetyEvent.updateMany({
      where: { id, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: staffId },
    });
    if (count !== 1) return false;
    await audit(tx, now, `staff:${staffId}`, 'safety.acknowledged', 'safety', id);
    const event = await tx.safetyEvent.findUnique({ where: { id }, select: { level: true, createdAt: true } });
    if (event?.level === 'urgent') {
      await countOp(tx, now, 'alert-acknowledged');
      await waitOp(tx, now, 'alert-to-acknowledgement', event.createdAt);
    }
    return true;
  });
}
