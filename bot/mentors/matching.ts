// Matching one interested mentor to a referral: the intro for the matched mentor, kind notes to the others, and the
// person told who their mentor is (through their own flow). Who may match (coordinators, an open referral, a mentor
// who said they could connect) and see the contact details (only the matched mentor, only while matched) is the
// referral machine's to say (flows/referral).
import { introCard, matchedElsewhereText, matchedText } from '../../dialogs/mentor/referrals.js';
import type { StaffMember } from '../staff/member.js';
import type { MentorDeps } from './deps.js';
import { staffCardKey } from '../teams/services.js';
import { firstNameOf, introFor } from './anonymise.js';
import { audit, loadReferral, summaryOf, type LoadedReferral } from './records.js';
import { countOp, waitOp } from '../figures.js';
import { referralCardUpdates } from './referral-cards.js';
import { stepReferral } from './lifecycle.js';
import { done, refused, type ServiceResult } from './result.js';

function intro(referral: LoadedReferral) {
  return introCard(
    summaryOf(referral),
    introFor({ profile: referral.handoff.profile, channel: referral.handoff.channel, ...referral.handoff.person }),
  );
}

export async function matchReferral(
  deps: MentorDeps,
  actor: StaffMember,
  referralId: string,
  mentorId: string,
): Promise<ServiceResult> {
  const { db, clock, teams, intake } = deps;
  const referral = await loadReferral(db, referralId);
  const response = await db.referralResponse.findUnique({
    where: { referralId_mentorId: { referralId, mentorId } },
    select: { answer: true, mentor: { select: { name: true, status: true } } },
  });
  const turn = stepReferral(referral, {
    type: 'MATCH',
    by: actor,
    mentorId,
    interested: response?.answer === 'interested',
  });
  const matchedRow = turn.row;
  if (turn.refusal || !referral || !response || !matchedRow) return refused(turn.refusal ?? 'referral-not-found');

  const now = clock.now();
  // Every mentor's copy of the referral card is updated (rendered for each when sent: the matched mentor's says so).
  const cardUpdates = await referralCardUpdates(teams, referral, 'matched');
  // Compare-and-set on the status: two coordinators tapping at once match one mentor, not two; only the one that
  // won writes the audit line and the card updates (they render the referral as it is when sent).
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.referral.updateMany({
      where: { id: referralId, status: 'open' },
      data: { status: matchedRow.status, matchedMentorId: matchedRow.matchedMentorId, matchedAt: now },
    });
    if (count === 1) {
      await audit(tx, now, actor.id, 'referral.matched', referralId, { mentorId });
      await countOp(tx, now, 'matched');
      await waitOp(tx, now, 'claim-to-match', referral.handoff.claimedAt ?? referral.createdAt);
    }
    return count === 1;
  });
  if (!claimed) return refused('referral-closed');
  await db.$transaction(cardUpdates);

  const matched = { ...referral, status: 'matched', matchedMentorId: mentorId };
  // Recorded, so that if the person's details are erased the card with their number is replaced (handoffs/erased-cards.ts).
  await teams.sendToStaff(mentorId, {
    dedupeKey: `referral:${referralId}:intro`,
    card: intro(matched),
    record: { subjectType: 'intro', subjectId: staffCardKey(referralId, mentorId), handoffId: referral.handoffId },
  });
  const others = await db.referralResponse.findMany({
    where: { referralId, answer: 'interested', mentorId: { not: mentorId } },
    select: { mentorId: true },
  });
  for (const other of others) {
    await teams.sendToStaff(other.mentorId, {
      dedupeKey: `referral:${referralId}:matched-elsewhere:${other.mentorId}`,
      text: matchedElsewhereText(summaryOf(referral)),
    });
  }
  await intake.dispatch(referral.handoff.personId, {
    type: 'MENTOR_MATCHED',
    at: now.toISOString(),
    mentorFirstName: firstNameOf(response.mentor.name),
  });
  await teams.refreshHandoffCards(referral.handoffId);
  return done({ message: matchedText(response.mentor.name) });
}

/** The matched mentor asks for the first-contact details again. */
export async function showContact(deps: MentorDeps, actor: StaffMember, referralId: string): Promise<ServiceResult> {
  const referral = await loadReferral(deps.db, referralId);
  const { refusal } = stepReferral(referral, { type: 'VIEW_CONTACT', by: actor });
  if (refusal || !referral) return refused(refusal ?? 'referral-not-found');
  await deps.db.$transaction([audit(deps.db, deps.clock.now(), actor.id, 'referral.contact-viewed', referralId)]);
  return done({ card: intro(referral) });
}
