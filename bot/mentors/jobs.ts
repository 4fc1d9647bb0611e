// The mentors' scheduled work: the one friendly reminder when a session date passes with no check-in (coordinators
// see it too), the monthly peer meeting reminder computed from config, and the end of a dated break.
import { overdueForCoordinatorsText, overdueListText, overdueReminderText } from '../../dialogs/mentor/checkins.js';
import { peerMeetingText } from '../../dialogs/mentor/availability.js';
import { whoLine } from '../../dialogs/mentor/referrals.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { nextWithin } from '../schedule/hours.js';
import { wallClock, zonedInstant } from '../schedule/wall-clock.js';
import type { MentorDeps } from './deps.js';
import { scheduleJob } from '../work/jobs.js';
import type { JobHandlers } from '../work/worker.js';
import { introFor } from './anonymise.js';
import { endBreak } from './availability.js';
import { days, nextPeerMeeting, parsePeerMeeting } from './dates.js';
import { MentorJobKinds } from './kinds.js';
import { loadReferral, summaryOf, tellCoordinator } from './records.js';

/** How many days before the peer meeting its reminder goes. */
export const PEER_MEETING_NOTICE_DAYS = 3;

/** The mentors' job handlers, by kind. */
export function mentorJobs(deps: MentorDeps): JobHandlers {
  return {
    [MentorJobKinds.checkInOverdue]: async (job) => {
      const { referralId, session, due } = job.payload;
      if (typeof referralId !== 'string' || typeof session !== 'number' || typeof due !== 'string') return;
      await remindOverdue(deps, referralId, session, due);
    },
    [MentorJobKinds.peerMeeting]: async (job) => {
      const at = job.payload['at'];
      if (typeof at === 'string') await remindPeerMeeting(deps, at);
    },
    [MentorJobKinds.breakEnds]: async (job) => {
      const staffId = job.payload['staffId'];
      if (typeof staffId === 'string') await endBreak(deps, staffId);
    },
  };
}

async function remindOverdue(deps: MentorDeps, referralId: string, session: number, due: string): Promise<void> {
  const { db, teams, config } = deps;
  const referral = await loadReferral(db, referralId);
  if (referral?.status !== 'matched' || !referral.matchedMentorId || !referral.matchedMentor) return;
  const done = await db.checkIn.count({ where: { referralId, session: { gte: session } } });
  if (done > 0) return;
  const summary = summaryOf(referral);
  const firstName = introFor({
    profile: referral.handoff.profile,
    channel: referral.handoff.channel,
    phone: null,
    optedOutAt: null,
    erasedAt: null,
  }).firstName;
  await teams.sendToStaff(referral.matchedMentorId, {
    dedupeKey: `${referralId}:overdue:${session}:mentor`,
    text: overdueReminderText(firstName ?? whoLine(summary), session),
  });
  await tellCoordinator(
    teams,
    referral.handoff.claimedById,
    {
      dedupeKey: `${referralId}:overdue:${session}:coordinator`,
      text: overdueForCoordinatorsText(referral.matchedMentor.name, whoLine(summary), session, due, config.timeZone),
    },
    referral.handoffId,
  );
}

/** Check-ins whose next session date passed more than the configured days ago with no later check-in. */
export async function overdueCheckIns(db: Db, now: Date, overdueDays: number) {
  const cutoff = new Date(now.getTime() - days(overdueDays));
  const referrals = await db.referral.findMany({
    where: { status: 'matched' },
    select: {
      summary: true,
      matchedMentor: { select: { name: true } },
      checkIns: { orderBy: { session: 'desc' }, take: 1, select: { session: true, nextSessionDate: true } },
    },
  });
  return referrals.flatMap((r) => {
    const last = r.checkIns[0];
    if (!last?.nextSessionDate || last.nextSessionDate.getTime() > cutoff.getTime()) return [];
    return [
      {
        mentorName: r.matchedMentor?.name ?? '?',
        who: whoLine(summaryOf(r)),
        session: last.session + 1,
        due: last.nextSessionDate.toISOString(),
      },
    ];
  });
}

export async function overdueText(deps: MentorDeps): Promise<string> {
  const lines = await overdueCheckIns(deps.db, deps.clock.now(), deps.config.checkInOverdueDays);
  return overdueListText(lines, deps.config.timeZone);
}

async function remindPeerMeeting(deps: MentorDeps, at: string): Promise<void> {
  const { db, teams, config } = deps;
  const mentors = await db.staff.findMany({ where: { role: 'mentor', status: 'active' }, select: { id: true } });
  for (const mentor of mentors) {
    await teams.sendToStaff(mentor.id, {
      dedupeKey: `peer-meeting:${at}:${mentor.id}`,
      text: peerMeetingText(at, config.timeZone),
    });
  }
  await schedulePeerMeeting(deps, new Date(at));
}

/**
 * Makes sure the reminder for the next peer meeting after `after` is scheduled. Creates the job only if its key is
 * new, so a restart does not send a reminder that already went. Returns the meeting time, or null without config.
 */
export async function schedulePeerMeeting(deps: MentorDeps, after: Date = deps.clock.now()): Promise<Date | null> {
  const { db, config } = deps;
  const meeting = config.peerMeeting ? parsePeerMeeting(config.peerMeeting) : null;
  if (!meeting) return null;
  const at = nextPeerMeeting(meeting, after, config.timeZone);
  const key = `peer-meeting:${at.toISOString()}`;
  if (await db.job.findUnique({ where: { key }, select: { id: true } })) return at;
  // The morning of the notice day, or now if that has passed.
  const day = wallClock(new Date(at.getTime() - days(PEER_MEETING_NOTICE_DAYS)), config.timeZone);
  const morning = zonedInstant(day.year, day.month, day.day, config.daytimeHours.from, config.timeZone);
  const notice = new Date(Math.max(morning.getTime(), deps.clock.now().getTime()));
  try {
    await scheduleJob(db, {
      kind: MentorJobKinds.peerMeeting,
      key,
      runAt: nextWithin(notice, config.timeZone, config.daytimeHours),
      payload: { at: at.toISOString() },
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw new Error('could not schedule the peer meeting reminder', { cause: err });
  }
  return at;
}
