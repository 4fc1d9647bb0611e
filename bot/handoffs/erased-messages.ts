// Texts in staff chats that carried a person being erased (their relayed words, notes naming them), replaced where
// they were sent, and the coordinator who had claimed them told, all in the erasure's own transaction. Replacements
// name the posted activity itself, and go with no handoff id, so the erasure's own clean-up leaves them to be sent.
import { coordinatorMessages as say, type ErasureReason } from '../../dialogs/coordinator/index.js';
import type { Queries } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { isJsonObject, type JsonObject } from '../../shared/json.js';
import { conversationIdOf } from '../staff/directory.js';
import { enqueue } from '../work/outbox.js';

/** An outbox row about the person, as the erasure found it (before deleting it). */
export interface SentRow {
  id: string;
  channel: string;
  status: string;
  target: string;
  payload: unknown;
  providerId: string | null;
}

/** Sent Teams texts and unrecorded cards (a card kept in PostedCard is replaced by erased-cards.ts), except in the
 * person's own chat: each becomes a line saying it was removed. */
export function replaceSentOps(db: Queries, rows: SentRow[], personChat: string | null, now: Date): Op[] {
  return rows.flatMap((row) => {
    if (row.channel !== 'teams' || row.status !== 'sent' || !row.providerId?.startsWith('teams:')) return [];
    if (row.target === personChat || !isJsonObject(row.payload)) return [];
    const { reference, post, update } = row.payload;
    if (!isJsonObject(reference) || post !== undefined || update !== undefined) return [];
    const activityId = row.providerId.slice('teams:'.length);
    const payload: JsonObject = {
      text: say.erasedMessage(),
      reference,
      update: { subjectType: 'message', subjectId: row.id, activityId },
    };
    return [enqueue(db, { dedupeKey: `erase:message:${row.id}`, channel: 'teams', target: row.target, payload }, now)];
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
