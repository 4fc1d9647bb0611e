// Where coordinator notifications go: every coordinator's 1:1 chat with the bot and every team channel a
// coordinator added it to. Conversation references are stored when they install the app or first write.
import type { Audience } from '../../dialogs/coordinator/index.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { DeadLetterHandler } from '../work/worker.js';
import type { JsonObject } from '../../shared/json.js';

export interface NotifyTarget {
  conversationId: string;
  reference: JsonObject;
  audience: Audience;
}

export async function coordinatorTargets(db: Db): Promise<NotifyTarget[]> {
  const [channels, coordinators] = await Promise.all([
    db.staffChannel.findMany({ where: { removedAt: null }, orderBy: { createdAt: 'asc' } }),
    db.staff.findMany({ where: { role: 'coordinator', status: { not: 'removed' } }, select: { id: true } }),
  ]);
  const active = new Set(coordinators.map((c) => c.id));
  // A personal chat counts only while its owner is a coordinator: a demoted or removed member stops receiving cards.
  return channels
    .filter((c) => c.kind !== 'personal' || (c.addedById !== null && active.has(c.addedById)))
    .map(notifyTargetOf);
}

/** Where to send to a registered chat or channel, and which audience its cards are worded for. */
export function notifyTargetOf(channel: { conversationId: string; reference: unknown; kind: string }): NotifyTarget {
  return {
    conversationId: channel.conversationId,
    reference: channel.reference as JsonObject,
    audience: channel.kind === 'personal' ? 'coordinator' : 'channel',
  };
}

export function registerChannel(
  db: Db,
  channel: { conversationId: string; kind: 'personal' | 'channel'; reference: JsonObject; addedById: string },
) {
  return db.staffChannel.upsert({
    where: { conversationId: channel.conversationId },
    create: channel,
    update: { reference: channel.reference, removedAt: null, kind: channel.kind, addedById: channel.addedById },
  });
}

export function removeChannel(db: Db, conversationId: string, now: Date) {
  return db.staffChannel.updateMany({ where: { conversationId, removedAt: null }, data: { removedAt: now } });
}

/** A chat or channel Teams refuses for good (403: the bot was removed from it; 404: it is gone) gets nothing more. */
export function forgetRefusedChats(db: Db, clock: Clock): DeadLetterHandler {
  return async (send, _reason, code) => {
    if (send.channel === 'teams' && (code === 'teams-403' || code === 'teams-404')) {
      await removeChannel(db, send.target, clock.now());
    }
  };
}
