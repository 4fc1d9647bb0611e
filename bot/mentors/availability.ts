// Time out and capacity: who may receive referrals, and a mentor's own break, return and capacity. A mentor who
// steps back has their mentees' coordinators told, so nobody is left waiting. Authorisation: a mentor changes only
// their own availability (mayChangeAvailability).
import {
  backText,
  breakEndedText,
  breakTakenText,
  capacityText,
  mentorAwayForCoordinatorText,
  mentorBackForCoordinatorText,
  mentorFullForCoordinatorText,
} from '../../dialogs/mentor/availability.js';
import { whoLine } from '../../dialogs/mentor/referrals.js';
import type { Db } from '../db/client.js';
import type { StaffMember } from '../staff/member.js';
import type { MentorDeps } from './deps.js';
import { cancelJob, scheduleJob } from '../work/jobs.js';
import { MentorJobKinds } from './kinds.js';
import { audit, summaryOf, tellCoordinator } from './records.js';
import { done, refused, type Refusal, type ServiceResult } from './result.js';

export const MAX_CAPACITY = 10;

export function mayChangeAvailability(actor: StaffMember): Refusal | null {
  return actor.role === 'mentor' ? null : 'not-mentor';
}

/** Mentors who may get a new referral: active (or their dated break is over) and with room. */
export async function mentorsWithRoom(db: Db, now: Date): Promise<Array<{ id: string; name: string }>> {
  const mentors = await db.staff.findMany({
    where: { role: 'mentor', OR: [{ status: 'active' }, { status: 'break', breakUntil: { lte: now } }] },
    select: { id: true, name: true, capacity: true, _count: { select: { matches: { where: { status: 'matched' } } } } },
    orderBy: { createdAt: 'asc' },
  });
  return mentors.filter((m) => m._count.matches < m.capacity).map((m) => ({ id: m.id, name: m.name }));
}

function currentMentees(db: Db, mentorId: string) {
  return db.referral.findMany({
    where: { matchedMentorId: mentorId, status: 'matched' },
    select: { id: true, summary: true, handoff: { select: { id: true, claimedById: true } } },
  });
}

type Mentees = Awaited<ReturnType<typeof currentMentees>>;

/** One message per coordinator, naming only that coordinator's people (by initials, age and area). */
async function tellMenteesCoordinators(
  deps: MentorDeps,
  mentees: Mentees,
  key: string,
  text: (who: string[]) => string,
) {
  const byCoordinator = new Map<string, Mentees>();
  for (const m of mentees) {
    const k = m.handoff.claimedById ?? '';
    byCoordinator.set(k, [...(byCoordinator.get(k) ?? []), m]);
  }
  for (const [coordinatorId, list] of byCoordinator) {
    const who = list.map((m) => whoLine(summaryOf(m)));
    const first = list[0];
    if (!first) continue;
    await tellCoordinator(
      deps.teams,
      coordinatorId || null,
      { dedupeKey: `${key}:${coordinatorId || 'all'}`, text: text(who) },
      first.handoff.id,
    );
  }
}

export async function takeBreak(deps: MentorDeps, actor: StaffMember, until: Date | null): Promise<ServiceResult> {
  const refusal = mayChangeAvailability(actor);
  if (refusal) return refused(refusal);
  const { db, clock, config } = deps;
  const now = clock.now();
  const jobKey = `mentor-break:${actor.id}`;
  await db.$transaction([
    db.staff.update({ where: { id: actor.id }, data: { status: 'break', breakUntil: until } }),
    until
      ? scheduleJob(db, { kind: MentorJobKinds.breakEnds, key: jobKey, runAt: until, payload: { staffId: actor.id } })
      : cancelJob(db, jobKey),
    audit(db, now, actor.id, 'mentor.break', actor.id, { until: until?.toISOString() ?? null }),
  ]);
  const mentees = await currentMentees(db, actor.id);
  const untilIso = until?.toISOString() ?? null;
  await tellMenteesCoordinators(deps, mentees, `mentor-break:${actor.id}:${now.toISOString()}`, (who) =>
    mentorAwayForCoordinatorText(actor.name, who, untilIso, config.timeZone),
  );
  return done({ message: breakTakenText(untilIso, config.timeZone) });
}

async function markBack(deps: MentorDeps, staffId: string, now: Date): Promise<{ capacity: number; current: number }> {
  const { db } = deps;
  const [staff] = await db.$transaction([
    db.staff.update({
      where: { id: staffId },
      data: { status: 'active', breakUntil: null },
      select: { capacity: true },
    }),
    cancelJob(db, `mentor-break:${staffId}`),
    audit(db, now, staffId, 'mentor.back', staffId),
  ]);
  const current = await db.referral.count({ where: { matchedMentorId: staffId, status: 'matched' } });
  return { capacity: staff.capacity, current };
}

export async function comeBack(deps: MentorDeps, actor: StaffMember): Promise<ServiceResult> {
  const refusal = mayChangeAvailability(actor);
  if (refusal) return refused(refusal);
  const now = deps.clock.now();
  const wasAway = actor.status === 'break';
  const { capacity, current } = await markBack(deps, actor.id, now);
  if (wasAway) {
    const mentees = await currentMentees(deps.db, actor.id);
    await tellMenteesCoordinators(deps, mentees, `mentor-back:${actor.id}:${now.toISOString()}`, () =>
      mentorBackForCoordinatorText(actor.name),
    );
  }
  return done({ message: backText(capacity, current) });
}

export async function setCapacity(deps: MentorDeps, actor: StaffMember, capacity: number): Promise<ServiceResult> {
  const refusal = mayChangeAvailability(actor);
  if (refusal) return refused(refusal);
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) return refused('bad-input');
  const { db, clock } = deps;
  const now = clock.now();
  await db.$transaction([
    db.staff.update({ where: { id: actor.id }, data: { capacity } }),
    audit(db, now, actor.id, 'mentor.capacity', actor.id, { capacity }),
  ]);
  const mentees = await currentMentees(db, actor.id);
  if (mentees.length > capacity) {
    await tellMenteesCoordinators(deps, mentees, `mentor-capacity:${actor.id}:${now.toISOString()}`, (who) =>
      mentorFullForCoordinatorText(actor.name, who, capacity),
    );
  }
  return done({ message: capacityText(capacity, mentees.length) });
}

/** The job at the end of a dated break: back on the list, with a gentle word. */
export async function endBreak(deps: MentorDeps, staffId: string): Promise<void> {
  const now = deps.clock.now();
  const staff = await deps.db.staff.findUnique({ where: { id: staffId }, select: { status: true, breakUntil: true } });
  if (staff?.status !== 'break' || !staff.breakUntil || staff.breakUntil.getTime() > now.getTime()) return;
  await markBack(deps, staffId, now);
  await deps.teams.sendToStaff(staffId, {
    dedupeKey: `mentor-break-ended:${staffId}:${staff.breakUntil.toISOString()}`,
    text: breakEndedText(),
  });
}
