// A text that can never be delivered (opted out, not a mobile, …) shows on the person's handoff as a code the card
// words, and every copy of the card is refreshed, so coordinators know their texts are not getting through.
import type { Db } from '../db/client.js';
import type { TeamsOutbox } from '../teams/services.js';
import type { DeadLetterHandler } from '../work/worker.js';

export function showUndelivered(db: Db, outbox: TeamsOutbox): DeadLetterHandler {
  return async (send, _reason, code) => {
    if (send.channel !== 'sms' || !send.handoffId) return;
    await db.handoff.updateMany({ where: { id: send.handoffId }, data: { deliveryIssue: code ?? 'failed' } });
    await outbox.refreshHandoffCards(send.handoffId);
  };
}
