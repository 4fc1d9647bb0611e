// The ids of the replies the bot gave a mentee in their own Teams chat, kept on the message they answered: replies
// given in the turn get their ids only from Teams, and an erasure replaces each of them (bots can update their own
// messages), so nothing the person told us stays on show in the bot's replies.
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';

/** Adds `ids` to the replies recorded on the inbound message `teams:<activityId>`; nothing if it is gone (erased in
 * this very turn). A failure is logged: the replies have gone out, and the turn must not fail for this. */
export async function recordReplyIds(db: Db, log: Logger, activityId: string | undefined, ids: string[]) {
  if (!activityId || ids.length === 0) return;
  try {
    const message = await db.message.findUnique({
      where: { providerId: `teams:${activityId}` },
      select: { id: true, replyIds: true },
    });
    if (!message) return;
    const before = Array.isArray(message.replyIds)
      ? message.replyIds.filter((id): id is string => typeof id === 'string')
      : [];
    await db.message.updateMany({ where: { id: message.id }, data: { replyIds: [...before, ...ids] } });
  } catch (err) {
    log.warn({ err }, 'could not record the ids of the replies in a Teams chat');
  }
}
