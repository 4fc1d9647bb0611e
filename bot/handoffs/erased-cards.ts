// Cards in Teams that showed a person being erased, replaced where they were posted, in the erasure's own
// transaction: coordinators' handoff cards and mentors' referral cards by cards that hold nothing about the person,
// safety alerts re-rendered without them. Each update names the posted activity itself: the erasure deletes the
// records the outbox would otherwise look it up in, and the referral and handoff the card would be rendered from.
import { erasedHandoffCard, type Audience, type ErasureReason } from '../../dialogs/coordinator/index.js';
import { mentorReferralCard } from '../../dialogs/mentor/referrals.js';
import type { Queries } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { erasedReferralCardView } from '../mentors/anonymise.js';
import { isJsonObject, type JsonObject } from '../../shared/json.js';
import { enqueue } from '../work/outbox.js';
import type { StaffCardSubject } from '../teams/feature.js';
import type { CardSubject, TeamsPayload } from '../teams/sender.js';
import { notifyTargetOf } from '../teams/channels.js';
import { parseStaffCardKey, roundOf, staffCardKey } from '../teams/services.js';

export interface ErasedSubjects {
  handoffIds: string[];
  safetyEventIds: string[];
  /** The referrals of those handoffs (the erasure reads them anyway). */
  referrals: Referral[];
}

interface Posted {
  subjectType: CardSubject | StaffCardSubject | 'intro';
  subjectId: string;
  conversationId: string;
  activityId: string;
}

export type Referral = { id: string; status: string; matchedMentorId: string | null };
type Reachable = { reference: JsonObject; audience: Audience };

/** The writes that replace every posted card showing these subjects; join them to the erasure's transaction. Once per
 * card however often they run (a retried erasure, a retried send). */
export async function erasedCardOps(
  db: Queries,
  erased: ErasedSubjects,
  because: ErasureReason,
  now: Date,
): Promise<Op[]> {
  const { handoffIds, safetyEventIds, referrals } = erased;
  if (handoffIds.length === 0 && safetyEventIds.length === 0) return [];
  const rows = await db.postedCard.findMany({
    where: {
      activityId: { not: null },
      OR: [
        { handoffId: { in: handoffIds } },
        { subjectType: 'handoff', subjectId: { in: handoffIds } },
        ...referrals.map((r) => ({ subjectType: 'referral', subjectId: { startsWith: staffCardKey(r.id, '') } })),
        ...safetyEventIds.map((id) => ({ subjectType: 'safety', subjectId: { startsWith: id } })),
      ],
    },
    select: { subjectType: true, subjectId: true, conversationId: true, activityId: true },
  });
  const posted = rows.flatMap((p) =>
    p.activityId && isSubject(p.subjectType) ? [{ ...p, subjectType: p.subjectType, activityId: p.activityId }] : [],
  );
  if (posted.length === 0) return [];
  const reachable = await whereTheyAre(db, posted);
  return posted.flatMap((p) => {
    const to = reachable.get(p.conversationId);
    if (!to) return [];
    const content = replacement(p, referrals, because, to.audience);
    const { subjectType, subjectId, activityId } = p;
    const payload: TeamsPayload = {
      ...content,
      reference: to.reference,
      update: { subjectType, subjectId, activityId },
    };
    return [
      enqueue(
        db,
        {
          dedupeKey: `erase:${subjectType}:${subjectId}:${p.conversationId}`,
          channel: 'teams',
          target: p.conversationId,
          payload: payload as unknown as JsonObject,
        },
        now,
      ),
    ];
  });
}

/** What the card becomes: carried whole in the payload, or (a safety alert, which outlives erasure) rendered when sent. */
function replacement(
  p: Posted,
  referrals: Referral[],
  because: ErasureReason,
  audience: Audience,
): Partial<TeamsPayload> {
  if (p.subjectType === 'handoff') return { card: erasedHandoffCard(because) };
  // The matched mentor's intro (name and number) becomes the same no-name card as their referral card.
  if (p.subjectType === 'referral' || p.subjectType === 'intro') {
    const { id: referralId, staffId: mentorId } = parseStaffCardKey(p.subjectId);
    const referral = referrals.find((r) => r.id === referralId) ?? { status: 'withdrawn', matchedMentorId: null };
    return { card: mentorReferralCard(erasedReferralCardView(referral, mentorId, because)) };
  }
  const id = p.subjectId.split('#')[0] ?? ''; // `<event id>#<round>`
  return { render: { subject: 'safety', id, round: roundOf(p.subjectId), audience } };
}

const isSubject = (type: string): type is Posted['subjectType'] =>
  type === 'handoff' || type === 'safety' || type === 'referral' || type === 'intro';

/** How to reach each chat a card was posted in: a mentor's own chat with the bot (through their stored reference,
 * pointed at the chat the card is in, should they have a newer one since), or a coordinator chat or channel. */
async function whereTheyAre(db: Queries, posted: Posted[]): Promise<Map<string, Reachable>> {
  const mentorCards = posted.flatMap((p) =>
    p.subjectType === 'referral' || p.subjectType === 'intro'
      ? [{ staffId: parseStaffCardKey(p.subjectId).staffId, conversationId: p.conversationId }]
      : [],
  );
  const [staff, channels] = await Promise.all([
    mentorCards.length > 0
      ? db.staff.findMany({
          where: { id: { in: mentorCards.map((m) => m.staffId) } },
          select: { id: true, teamsRef: true },
        })
      : Promise.resolve([]),
    db.staffChannel.findMany({
      where: { conversationId: { in: posted.map((p) => p.conversationId) }, removedAt: null },
      select: { conversationId: true, reference: true, kind: true },
    }),
  ]);
  const reachable = new Map<string, Reachable>();
  for (const c of channels) {
    const { reference, audience } = notifyTargetOf(c);
    reachable.set(c.conversationId, { reference, audience });
  }
  for (const card of mentorCards) {
    const ref = staff.find((s) => s.id === card.staffId)?.teamsRef;
    const conversation = isJsonObject(ref) ? ref['conversation'] : undefined;
    if (!isJsonObject(ref) || !isJsonObject(conversation)) continue;
    const reference: JsonObject = { ...ref, conversation: { ...conversation, id: card.conversationId } };
    reachable.set(card.conversationId, { reference, audience: 'coordinator' });
  }
  return reachable;
}

/** A card posted while its person was being erased, after the erasure had looked for cards to replace: nothing is
 * known of why, so the plainest no-data card. Safety alerts are re-rendered instead (sender.ts). */
export function cardWhenGone(post: { subjectType: string; subjectId: string }): JsonObject | null {
  if (post.subjectType === 'handoff') return erasedHandoffCard('other');
  if (post.subjectType !== 'referral' && post.subjectType !== 'intro') return null;
  const { staffId } = parseStaffCardKey(post.subjectId);
  // An intro only ever goes to the matched mentor.
  const referral = post.subjectType === 'intro' ? { status: 'matched', matchedMentorId: staffId } : null;
  return mentorReferralCard(
    erasedReferralCardView(referral ?? { status: 'withdrawn', matchedMentorId: null }, staffId, 'other'),
  );
}
