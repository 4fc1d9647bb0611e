// A mentor's check-in after a session: the card, the record, a concern passed to coordinators at once like a safety
// alert, the one overdue reminder set for the next session, and the review prompt at session six.
// Who may check in (only the matched mentor, only while matched) is the referral machine's to say (flows/referral).
import { z } from 'zod/v4';
import {
  checkedInCard,
  checkedInText,
  checkInCard,
  pickMenteeCard,
  USUAL_SESSIONS,
} from '../../dialogs/mentor/checkins.js';
import { whoLine } from '../../dialogs/mentor/referrals.js';
import { noMenteesText } from '../../dialogs/mentor/replies.js';
import { CHECK_IN_MODES, type MenteeLine } from '../../dialogs/mentor/views.js';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { nextWithin } from '../schedule/hours.js';
import { recordSafetyEvent } from '../safety/net.js';
import type { StaffMember } from '../staff/member.js';
import type { MentorDeps } from './deps.js';
import { cancelJob, scheduleJob } from '../work/jobs.js';
import type { JsonObject } from '../../shared/json.js';
import { introFor } from './anonymise.js';
import { days, fromIsoDay, isoDay } from './dates.js';
import { MentorJobKinds } from './kinds.js';
import { audit, loadReferral, summaryOf } from './records.js';
import { countOp } from '../figures.js';
import { stepReferral } from './lifecycle.js';
import { done, refused, type ServiceResult } from './result.js';
import { promptReview } from './review.js';

/** The mentee's first name, for their own mentor's eyes. */
function firstNameOf(referral: { handoff: { profile: unknown; channel: string } }): string | null {
  const { profile, channel } = referral.handoff;
  return introFor({ profile, channel, phone: null, optedOutAt: null, erasedAt: null }).firstName;
}

/** The mentor's own current mentees, and nobody else's. */
export async function menteesOf(db: Db, mentorId: string): Promise<MenteeLine[]> {
  const referrals = await db.referral.findMany({
    where: { matchedMentorId: mentorId, status: 'matched' },
    orderBy: { matchedAt: 'asc' },
    select: {
      id: true,
      summary: true,
      handoff: { select: { profile: true, channel: true } },
      checkIns: { orderBy: { session: 'desc' }, take: 1, select: { session: true, nextSessionDate: true } },
    },
  });
  return referrals.map((r) => {
    const last = r.checkIns[0];
    const intro = introFor({
      profile: r.handoff.profile,
      channel: r.handoff.channel,
      phone: null,
      optedOutAt: null,
      erasedAt: null,
    });
    return {
      referralId: r.id,
      summary: summaryOf(r),
      firstName: intro.firstName,
      sessionsDone: last?.session ?? 0,
      nextSessionDate: last?.nextSessionDate?.toISOString() ?? null,
    };
  });
}

/** "check in": the card for the one mentee, a choice when there are several. */
export async function startCheckIn(
  deps: MentorDeps,
  actor: StaffMember,
  referralId: string | null,
): Promise<ServiceResult> {
  const { db, clock, config } = deps;
  const today = isoDay(clock.now(), config.timeZone);
  if (referralId === null) {
    if (actor.role !== 'mentor') return refused('not-mentor');
    const mentees = await menteesOf(db, actor.id);
    const only = mentees[0];
    if (mentees.length === 0 || !only) return done({ message: noMenteesText() });
    if (mentees.length > 1) return done({ card: pickMenteeCard(mentees) });
    return done({ card: checkInCard(only.referralId, only.summary, only.firstName, only.sessionsDone + 1, today) });
  }
  const referral = await loadReferral(db, referralId);
  const { refusal } = stepReferral(referral, { type: 'CHECK_IN', by: actor });
  if (refusal || !referral) return refused(refusal ?? 'referral-not-found');
  const last = await db.checkIn.findFirst({
    where: { referralId },
    orderBy: { session: 'desc' },
    select: { session: true },
  });
  return done({
    card: checkInCard(referralId, summaryOf(referral), firstNameOf(referral), (last?.session ?? 0) + 1, today),
  });
}

const optionalText = z
  .string()
  .trim()
  .max(1000)
  .optional()
  .transform((v) => (v ? v : null));

const submission = z.object({
  referralId: z.string().min(1),
  session: z.coerce.number().int().min(1).max(20),
  sessionDate: z.string(),
  mode: z.enum(CHECK_IN_MODES),
  summary: optionalText,
  concern: optionalText,
  nextSessionDate: optionalText,
});

export type CheckInSubmission = z.input<typeof submission>;

/** The key of the one overdue reminder for a session. */
export const overdueKey = (referralId: string, session: number): string => `checkin-overdue:${referralId}:${session}`;

export async function submitCheckIn(deps: MentorDeps, actor: StaffMember, data: JsonObject): Promise<ServiceResult> {
  const { db, clock, config, wake } = deps;
  const parsed = submission.safeParse(data);
  if (!parsed.success) return refused('bad-input');
  const input = parsed.data;
  const sessionDate = fromIsoDay(input.sessionDate, config.timeZone);
  const nextSessionDate = input.nextSessionDate ? fromIsoDay(input.nextSessionDate, config.timeZone) : null;
  if (!sessionDate || (input.nextSessionDate && !nextSessionDate)) return refused('bad-input');

  const referral = await loadReferral(db, input.referralId);
  const { refusal } = stepReferral(referral, { type: 'CHECK_IN', by: actor });
  if (refusal || !referral) return refused(refusal ?? 'referral-not-found');

  const now = clock.now();
  const fields = { sessionDate, mode: input.mode, summary: input.summary, concern: input.concern, nextSessionDate };
  const ops: Op[] = [
    db.checkIn.upsert({
      where: { referralId_session: { referralId: referral.id, session: input.session } },
      create: { referralId: referral.id, mentorId: actor.id, session: input.session, createdAt: now, ...fields },
      update: fields,
    }),
    cancelJob(db, overdueKey(referral.id, input.session)),
    audit(db, now, actor.id, 'checkin.recorded', referral.id, {
      session: input.session,
      concern: input.concern !== null,
    }),
  ];
  if (input.concern) {
    // A mentor's concern is never "none". The net reads first-person messages, so "someone else is at risk" here
    // means the mentee is: that is urgent, like the person saying it themselves.
    const result = await deps.intake.safety.assess(input.concern);
    const level = result.level === 'urgent' || result.reasons.includes('others-at-risk') ? 'urgent' : 'concern';
    const reasons = result.reasons.length > 0 ? result.reasons : ['mentor check-in concern'];
    const recorded = recordSafetyEvent(db, {
      personId: referral.handoff.personId,
      staffId: actor.id,
      messageId: null,
      channel: 'teams',
      result: { ...result, level, reasons },
      flowState: 'mentor.checkin',
      at: now,
    });
    ops.push(...recorded.ops);
  }
  if (nextSessionDate) {
    const due = new Date(nextSessionDate.getTime() + days(config.checkInOverdueDays));
    const next = input.session + 1;
    ops.push(
      scheduleJob(db, {
        kind: MentorJobKinds.checkInOverdue,
        key: overdueKey(referral.id, next),
        runAt: nextWithin(due, config.timeZone, config.daytimeHours),
        payload: { referralId: referral.id, session: next, due: nextSessionDate.toISOString() },
      }),
    );
  }
  ops.push(countOp(db, now, 'session'));
  await db.$transaction(ops);
  wake();

  const reviewCard = input.session >= USUAL_SESSIONS.review ? await promptReview(deps, referral, actor) : null;
  const who = firstNameOf(referral) ?? whoLine(summaryOf(referral));
  return done({
    message: checkedInText(input.session, input.concern !== null),
    card: reviewCard ?? checkedInCard(who, input.session, input.mode),
  });
}
