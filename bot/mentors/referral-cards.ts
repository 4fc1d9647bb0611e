// Each mentor's copy of a referral card, kept true to the referral: rendered for that mentor when the outbox sends it
// (open with its buttons; once closed, a short note without them), updated wherever it was posted when the referral
// is matched, withdrawn or ended, and withdrawn when its handoff closes (or is handed back to the bot) before anyone
// was matched.
import { mentorReferralCard } from '../../dialogs/mentor/referrals.js';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import type { TeamsServices } from '../teams/feature.js';
import type { MentorDeps } from './deps.js';
import type { JsonObject } from '../../shared/json.js';
import { referralCardView } from './anonymise.js';
import { stepReferral } from './lifecycle.js';
import { audit, summaryOf } from './records.js';

export type ReferralChange = 'matched' | 'withdrawn' | 'ended';

/** The referral card as `mentorId` should see it now; null when it is gone, or closed before it could be posted (a
 * mentor never gets a card for a referral they never saw open). */
export async function renderReferralCard(
  db: Db,
  referralId: string,
  mentorId: string,
  purpose: 'post' | 'update',
): Promise<JsonObject | null> {
  const referral = await db.referral.findUnique({
    where: { id: referralId },
    select: {
      id: true,
      status: true,
      matchedMentorId: true,
      summary: true,
      handoff: { select: { profile: true } },
      responses: { where: { mentorId }, select: { answer: true } },
    },
  });
  if (!referral || (purpose === 'post' && referral.status !== 'open')) return null;
  const offered = referral.responses.some((r) => r.answer === 'interested');
  const view = referralCardView(
    { ...referral, summary: summaryOf(referral), profile: referral.handoff.profile },
    mentorId,
    offered,
  );
  return mentorReferralCard(view);
}

/** The writes that update the mentors' copies of the card after the referral changed: join them to the change's
 * transaction. Keyed by the change, so queueing it twice updates each card once. When mentoring ends only the
 * matched mentor's card changes: everyone else's already says the person was matched. */
export function referralCardUpdates(
  teams: TeamsServices,
  referral: { id: string; matchedMentorId: string | null },
  change: ReferralChange,
): Promise<Op[]> {
  if (change !== 'ended') return teams.refreshStaffCardOps('referral', referral.id, change);
  const mentorId = referral.matchedMentorId;
  return mentorId ? teams.refreshStaffCardOps('referral', referral.id, change, mentorId) : Promise.resolve([]);
}

/** The handoff closed or was handed back to the bot: a referral still open is withdrawn (no coordinator is left to
 * match it), and every mentor's card says it is no longer open. */
export async function withdrawReferrals(deps: MentorDeps, handoffId: string, actorId: string | null): Promise<void> {
  const { db, clock, teams, wake } = deps;
  const open = await db.referral.findMany({
    where: { handoffId, status: 'open' },
    select: { id: true, status: true, matchedMentorId: true },
  });
  for (const referral of open) {
    const { id } = referral;
    const { did, row } = stepReferral(referral, { type: 'WITHDRAW' });
    if (!did('withdraw') || !row) continue;
    const updates = await referralCardUpdates(teams, { id, matchedMentorId: null }, 'withdrawn');
    const now = clock.now();
    await db.$transaction([
      db.referral.updateMany({ where: { id, status: 'open' }, data: { status: row.status } }),
      audit(db, now, actorId, 'referral.withdrawn', id, { handoffId }),
      ...updates,
    ]);
  }
  if (open.length > 0) wake();
}
