// Sharing an anonymised referral from a claimed handoff with the mentors who have room, and their answers. Who may
// share (the coordinator who claimed the handoff) and answer (mentors, while the referral is open; once matched to
// someone else it is no longer shown to them) is the referral machine's to say (flows/referral).
import { randomUUID } from 'node:crypto';
import { interestCard, mentorReferralCard, respondedText, sharedText } from '../../dialogs/mentor/referrals.js';
import type { InterestLine, ReferralSummary } from '../../dialogs/mentor/views.js';
import type { Db } from '../db/client.js';
import type { StaffMember } from '../staff/member.js';
import { stepReferral } from './lifecycle.js';
import type { MentorDeps } from './deps.js';
import type { JsonObject } from '../../shared/json.js';
import { anonymise } from './anonymise.js';
import { mentorsWithRoom } from './availability.js';
import { audit, loadReferral, summaryOf, tellCoordinator } from './records.js';
import { renderReferralCard, withdrawReferrals } from './referral-cards.js';
import { done, refused, type ServiceResult } from './result.js';

export async function shareReferral(
  deps: MentorDeps,
  actor: StaffMember,
  handoffId: string,
  coordinatorSummary?: string | null,
): Promise<ServiceResult> {
  const { db, clock, teams } = deps;
  const handoff = await db.handoff.findUnique({
    where: { id: handoffId },
    select: {
      status: true,
      claimedById: true,
      profile: true,
      referrals: {
        where: { status: { in: ['open', 'matched'] } },
        select: { id: true, status: true, matchedMentorId: true, summary: true },
      },
    },
  });
  // A referral withdrawn or ended is not shared again: sharing makes a new one.
  const existing = handoff?.referrals[0];
  const { refusal } = stepReferral(existing ?? null, {
    type: 'SHARE',
    by: actor,
    handoff: handoff && { status: handoff.status, claimedById: handoff.claimedById },
  });
  if (refusal || !handoff) return refused(refusal ?? 'handoff-not-found');

  const now = clock.now();
  // Sharing again re-sends the open referral to mentors who have room now and have not answered yet.
  const referralId = existing?.id ?? randomUUID();
  const summary: ReferralSummary = existing ? summaryOf(existing) : anonymise(handoff.profile, coordinatorSummary);
  const answered = existing
    ? new Set(
        (await db.referralResponse.findMany({ where: { referralId }, select: { mentorId: true } })).map(
          (r) => r.mentorId,
        ),
      )
    : new Set<string>();
  const mentors = (await mentorsWithRoom(db, now)).filter((m) => !answered.has(m.id));
  await db.$transaction([
    ...(existing
      ? []
      : [db.referral.create({ data: { id: referralId, createdAt: now, handoffId, summary: { ...summary } } })]),
    audit(db, now, actor.id, 'referral.shared', referralId, { handoffId, sentTo: mentors.length }),
  ]);
  let sent = 0;
  for (const mentor of mentors) {
    // Rendered when it is sent, and kept, so the card can be updated in the mentor's chat when the referral closes.
    const delivered = await teams.postStaffCard(mentor.id, {
      subject: 'referral',
      id: referralId,
      dedupeKey: `referral:${referralId}:to:${mentor.id}`,
      handoffId,
    });
    if (delivered) sent++;
  }
  await teams.refreshHandoffCards(handoffId);
  return done({ message: sharedText(sent) });
}

/** Who could connect, for the coordinator's cards. */
export async function interestFor(
  db: Db,
  referralId: string,
): Promise<{ interested: InterestLine[]; declined: number }> {
  const responses = await db.referralResponse.findMany({
    where: { referralId },
    orderBy: { createdAt: 'asc' },
    select: { answer: true, note: true, mentor: { select: { id: true, name: true } } },
  });
  return {
    interested: responses
      .filter((r) => r.answer === 'interested')
      .map((r) => ({ mentorId: r.mentor.id, mentorName: r.mentor.name, note: r.note })),
    declined: responses.filter((r) => r.answer === 'declined').length,
  };
}

/** A mentor's tapped card is out of date: it is replaced by the card as it stands now (closed, if it is gone). */
async function cardNow(db: Db, actor: StaffMember, referralId: string): Promise<JsonObject | null> {
  if (actor.role !== 'mentor') return null;
  return (await renderReferralCard(db, referralId, actor.id, 'update')) ?? mentorReferralCard({ state: 'closed' });
}

export async function respondToReferral(
  deps: MentorDeps,
  actor: StaffMember,
  referralId: string,
  answer: 'interested' | 'declined',
  note: string | null,
): Promise<ServiceResult> {
  const { db, clock, teams } = deps;
  const referral = await loadReferral(db, referralId);
  // A handoff closed or handed back, cut short before its referral closed with it: the referral closes now.
  const handoffEnded = referral?.handoff.status === 'closed' || referral?.handoff.status === 'returned';
  const { refusal, did } = stepReferral(referral, { type: 'RESPOND', by: actor, handoffEnded });
  if (did('withdraw') && referral) await withdrawReferrals(deps, referral.handoffId, null);
  if (refusal || !referral) return refused(refusal ?? 'referral-not-found', await cardNow(db, actor, referralId));
  const now = clock.now();
  const trimmed = note?.trim().slice(0, 300) || null;
  await db.$transaction([
    db.referralResponse.upsert({
      where: { referralId_mentorId: { referralId, mentorId: actor.id } },
      create: { referralId, mentorId: actor.id, answer, note: trimmed, createdAt: now },
      update: { answer, note: trimmed },
    }),
    audit(db, now, actor.id, `referral.${answer}`, referralId),
  ]);
  if (answer === 'interested') {
    const { interested, declined } = await interestFor(db, referralId);
    const card = interestCard(referralId, summaryOf(referral), interested, declined);
    await tellCoordinator(
      teams,
      referral.handoff.claimedById,
      { dedupeKey: `referral:${referralId}:interest:${actor.id}:${now.getTime()}`, card },
      referral.handoffId,
    );
  }
  await teams.refreshHandoffCards(referral.handoffId);
  return done({ message: respondedText(answer) });
}
