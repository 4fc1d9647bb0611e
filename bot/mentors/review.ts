// The review at session six: carry on to eight, close, or step up to the navigators. The mentor's answer is a
// suggestion passed to the coordinator; the coordinator's answer decides. Who may answer (the matched mentor, any
// coordinator, while matched) is the referral machine's to say (flows/referral).
import {
  reviewDecidedText,
  reviewOutcomeForMentorText,
  reviewPromptCard,
  reviewSuggestedText,
} from '../../dialogs/mentor/checkins.js';
import { whoLine } from '../../dialogs/mentor/referrals.js';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../dialogs/mentor/views.js';
import type { StaffMember } from '../staff/member.js';
import type { MentorDeps } from './deps.js';
import type { JsonObject } from '../../shared/json.js';
import { introFor } from './anonymise.js';
import { audit, loadReferral, summaryOf, tellCoordinator, type LoadedReferral } from './records.js';
import { referralCardUpdates } from './referral-cards.js';
import { countFor, countOp } from '../figures.js';
import { stepReferral } from './lifecycle.js';
import { done, refused, type ServiceResult } from './result.js';

/** How a referral is named to its own mentor (first name) and to coordinators (initials, age, area). */
function names(referral: LoadedReferral): { forMentor: string; forCoordinator: string } {
  const summary = summaryOf(referral);
  const intro = introFor({
    profile: referral.handoff.profile,
    channel: referral.handoff.channel,
    phone: null,
    optedOutAt: null,
    erasedAt: null,
  });
  return { forMentor: intro.firstName ?? whoLine(summary), forCoordinator: whoLine(summary) };
}

/** Once per referral (compare-and-set on reviewPromptedAt): the coordinator gets the prompt; the mentor's card is returned. */
export async function promptReview(
  deps: MentorDeps,
  referral: LoadedReferral,
  mentor: StaffMember,
): Promise<JsonObject | null> {
  const { db, clock, teams } = deps;
  const { count } = await db.referral.updateMany({
    where: { id: referral.id, reviewPromptedAt: null },
    data: { reviewPromptedAt: clock.now() },
  });
  if (count !== 1) return null;
  const who = names(referral);
  await tellCoordinator(
    teams,
    referral.handoff.claimedById,
    {
      dedupeKey: `review:${referral.id}:coordinator`,
      card: reviewPromptCard(referral.id, who.forCoordinator, true, mentor.name),
    },
    referral.handoffId,
  );
  return reviewPromptCard(referral.id, who.forMentor, false, mentor.name);
}

export async function decideReview(
  deps: MentorDeps,
  actor: StaffMember,
  referralId: string,
  decision: string,
): Promise<ServiceResult> {
  const { db, clock, teams } = deps;
  if (!REVIEW_DECISIONS.includes(decision as ReviewDecision)) return refused('bad-input');
  const chosen = decision as ReviewDecision;
  const referral = await loadReferral(db, referralId);
  const turn = stepReferral(referral, { type: 'DECIDE_REVIEW', by: actor, decision: chosen });
  if (turn.refusal || !referral) return refused(turn.refusal ?? 'referral-not-found');
  const now = clock.now();
  const who = names(referral);

  if (turn.did('suggestReview')) {
    await db.$transaction([audit(db, now, actor.id, 'review.suggested', referralId, { decision: chosen })]);
    await tellCoordinator(
      teams,
      referral.handoff.claimedById,
      {
        dedupeKey: `review:${referralId}:suggested:${now.getTime()}`,
        text: reviewSuggestedText(actor.name, who.forCoordinator, chosen),
      },
      referral.handoffId,
    );
    return done({ message: reviewDecidedText(chosen, false) });
  }

  const ends = turn.row?.status === 'ended';
  const [changed] = await db.$transaction([
    db.referral.updateMany({ where: { id: referralId, status: 'matched' }, data: ends ? { status: 'ended' } : {} }),
    audit(db, now, actor.id, 'review.decided', referralId, { decision: chosen }),
    ...[countFor('review', chosen)].flatMap((name) => (name ? [countOp(db, now, name)] : [])),
    ...(ends ? await referralCardUpdates(teams, referral, 'ended') : []),
  ]);
  if (changed.count !== 1) return refused('referral-closed');
  if (referral.matchedMentorId) {
    await teams.sendToStaff(referral.matchedMentorId, {
      dedupeKey: `review:${referralId}:decided:${now.getTime()}`,
      text: reviewOutcomeForMentorText(who.forMentor, chosen),
    });
  }
  return done({ message: reviewDecidedText(chosen, true) });
}
