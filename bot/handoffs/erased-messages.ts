// Texts that carried a person being erased, replaced where they were sent: in staff chats (their relayed words, notes
// naming them) and in the person's own Teams chat (a coordinator's messages relayed to them, follow-ups sent later,
// the bot's replies in their turns);
// and the coordinator who had claimed them told; all in the erasure's own transaction. Replacements name the posted
// activity itself, and go with no handoff id, so the erasure's own clean-up leaves them to be sent. One in the
// person's own chat names their chat, so its row is deleted once it is done (FORGET_WHEN_DONE), not kept as sent.
import { coordinatorMessages as say, type ErasureReason } from '../../dialogs/coordinator/index.js';
import { erasedMessageForYou } from '../../dialogs/intake/index.js';
import type { Queries } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { isJsonObject, type JsonObject } from '../../shared/json.js';
import { conversationIdOf } from '../staff/directory.js';
import { enqueue, FORGET_WHEN_DONE } from '../work/outbox.js';

/** An outbox row about the person, as the erasure found it (before deleting it). */
export interface SentRow {
  id: string;
  channel: string;
  status: string;
  target: string;
  payload: unknown;
  providerId: string | null;
}

/** Sent Teams texts and unrecorded cards (a card kept in PostedCard is replaced by erased-cards.ts): each becomes a
 * line saying it was removed, worded for staff, or for the person in their own chat. */
export function replaceSentOps(db: Queries, rows: SentRow[], personChat: string | null, now: Date): Op[] {
  return rows.flatMap((row) => {
    if (row.channel !== 'teams' || row.status !== 'sent' || !row.providerId?.startsWith('teams:')) return [];
    if (!isJsonObject(row.payload)) return [];
    const { reference, post, update } = row.payload;
    if (!isJsonObject(reference) || post !== undefined || update !== undefined) return [];
    const activityId = row.providerId.slice('teams:'.length);
    const theirs = row.target === personChat;
    const payload: JsonObject = {
      text: theirs ? erasedMessageForYou() : say.erasedMessage(),
      reference,
      update: { subjectType: 'message', subjectId: row.id, activityId },
    };
    const dedupeKey = theirs ? `${FORGET_WHEN_DONE}${row.id}` : `erase:message:${row.id}`;
    return [enqueue(db, { dedupeKey, channel: 'teams', target: row.target, payload }, now)];
  });
}

/** The bot's replies in the person's own Teams chat, given in their turns (the ids are kept on their messages): each
 * replaced like a relayed message, its row deleted once done. */
export function replaceRepliesOps(
  db: Queries,
  replyIds: readonly string[],
  personChat: string | null,
  reference: unknown,
  now: Date,
): Op[] {
  if (!personChat || !isJsonObject(reference)) return [];
  return replyIds.map((activityId) => {
    const payload: JsonObject = {
      text: erasedMessageForYou(),
      reference,
      update: { subjectType: 'message', subjectId: activityId, activityId },
    };
    return enqueue(
      db,
      { dedupeKey: `${FORGET_WHEN_DONE}reply:${activityId}`, channel: 'teams', target: personChat, payload },
      now,
    );
  });
}

/** The coordinators who had claimed the person, told in their own chat that it has ended (naming nobody). */
export async function tellClaimantsOps(
  db: Queries,
  handoffs: { id: string; status: string; claimedById: string | null }[],
  because: ErasureReason,
  now: Date,
): Promise<Op[]> {
  const claimed = handoffs.filter((h) => h.status === 'claimed' && h.claimedById);
  if (claimed.length === 0) return [];
  const staff = await db.staff.findMany({
    where: { id: { in: claimed.map((h) => h.claimedById ?? '') } },
    select: { id: true, teamsRef: true },
  });
  return claimed.flatMap((h) => {
    const ref = staff.find((s) => s.id === h.claimedById)?.teamsRef;
    const target = conversationIdOf(ref);
    if (!target || !isJsonObject(ref)) return [];
    return [
      enqueue(
        db,
        {
          dedupeKey: `erase:told:${h.id}:${h.claimedById ?? ''}`,
          channel: 'teams',
          target,
          payload: { text: say.claimantErased(because), reference: ref },
        },
        now,
      ),
    ];
  });
}
