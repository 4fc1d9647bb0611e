// Jobs that keep handoffs from getting lost: a new handoff's card to every coordinator chat, safety alerts (urgent
// ones delivered or kept pending, then re-sent until someone acknowledges: urgent.ts), and reminders while nobody has
// claimed a handoff.
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import type { PersonView } from '../../dialogs/coordinator/index.js';
import { textAt } from '../../shared/json.js';
import { STANDING } from '../../flows/safety/index.js';
import { audit } from '../audit.js';
import type { Op } from '../db/ops.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { addWorkingMinutes } from '../schedule/hours.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import type { JobHandlers, JobOutcome } from '../work/worker.js';
import { relayToCoordinator } from './relay.js';
import type { TeamsOutbox } from '../teams/services.js';
import { page } from './on-call.js';
import { urgentRound } from './urgent.js';
import { personOf } from './views.js';

export interface AlertDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  outbox: TeamsOutbox;
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1);

/** The handoff and safety alert job handlers, by kind. */
export function handoffJobs(deps: AlertDeps): JobHandlers {
  return {
    [JobKinds.handoffCreated]: async (job) => {
      const handoffId = textAt(job.payload, 'handoffId');
      if (handoffId) await deps.outbox.postCard('handoff', handoffId, { handoffId });
    },
    [JobKinds.handoffRelay]: async (job) => {
      const handoffId = textAt(job.payload, 'handoffId');
      const messageId = textAt(job.payload, 'messageId');
      if (handoffId && messageId) await relayToCoordinator(deps, handoffId, messageId);
    },
    [JobKinds.safetyAlert]: async (job) => {
      const id = textAt(job.payload, 'safetyEventId');
      return id ? alert(deps, id, num(job.payload['round'])) : undefined;
    },
    [JobKinds.safetyPage]: async (job) => {
      const id = textAt(job.payload, 'safetyEventId');
      const event = id ? await deps.db.safetyEvent.findUnique({ where: { id }, select: { createdAt: true } }) : null;
      if (id && event) await page(deps, { id, createdAt: event.createdAt });
    },
    [JobKinds.handoffEscalate]: async (job) => {
      const handoffId = textAt(job.payload, 'handoffId');
      if (handoffId) await escalate(deps, handoffId, num(job.payload['round']));
    },
  };
}

async function alert(deps: AlertDeps, id: string, round: number): Promise<JobOutcome | undefined> {
  const { db, outbox } = deps;
  const event = await db.safetyEvent.findUnique({
    where: { id },
    select: {
      level: true,
      reasons: true,
      acknowledgedAt: true,
      personId: true,
      staffId: true,
      channel: true,
      alertCount: true,
      lastAlertAt: true,
      createdAt: true,
    },
  });
  if (!event || event.acknowledgedAt) return;
  if (event.level !== 'urgent') {
    const staff = event.staffId
      ? await db.staff.findUnique({ where: { id: event.staffId }, select: { name: true } })
      : null;
    const person = event.personId
      ? { name: null, phone: null, channel: event.channel === 'teams' ? ('teams' as const) : ('sms' as const) }
      : null;
    // A danger still standing after an urgent alert (bot/intake): said as that, with its time.
    const text =
      person && Array.isArray(event.reasons) && event.reasons[0] === STANDING
        ? say.standingNote(person, event.createdAt, deps.config.timeZone)
        : say.concernNote(person, staff?.name ?? null);
    await outbox.notifyCoordinators({ dedupeKey: `safety:${id}:note`, text });
    return undefined;
  }
  return urgentRound(deps, { id, ...event }, round);
}

async function escalate(deps: AlertDeps, handoffId: string, round: number): Promise<void> {
  const { db, clock, config, outbox } = deps;
  const handoff = await db.handoff.findUnique({
    where: { id: handoffId },
    include: { person: { select: { phone: true } } },
  });
  if (!handoff || (handoff.status !== 'open' && handoff.status !== 'claimed')) return;
  const now = clock.now();
  const person = personOf(handoff);
  if (handoff.status === 'claimed') {
    await nudgeIfQuiet(deps, { ...handoff, person }, round);
    return;
  }
  await outbox.notifyCoordinators({
    dedupeKey: `remind:${handoffId}:${round}`,
    text: say.reminder(person, handoff.createdAt, now),
    handoffId,
  });
  if (round >= config.escalateAfterReminders) await toManagers(deps, handoffId, person, handoff.createdAt, round);
  const next = addWorkingMinutes(
    now,
    config.handoffRemindAfterMinutes,
    config.timeZone,
    config.workingDays,
    config.workingHours,
  );
  await db.$transaction([
    db.handoff.update({ where: { id: handoffId }, data: { remindedAt: now } }),
    scheduleJob(db, {
      kind: JobKinds.handoffEscalate,
      key: `handoff:${handoffId}:escalate:${round + 1}`,
      runAt: next,
      payload: { handoffId, round: round + 1 },
    }),
  ]);
}

/** Past the reminders, an unclaimed handoff goes to the named managers too, once each, in their own chat: the words
 * and the handoff's card. A manager the bot cannot reach is logged as an error (they must open the bot's chat). */
async function toManagers(
  deps: AlertDeps,
  handoffId: string,
  person: PersonView,
  since: Date,
  round: number,
): Promise<void> {
  const { db, clock, config, outbox, log } = deps;
  if (config.escalateTo.length === 0) return;
  const managers = await db.staff.findMany({
    where: { aadObjectId: { in: config.escalateTo }, status: { not: 'removed' } },
    select: { id: true, aadObjectId: true },
  });
  const ops: Op[] = [];
  for (const aad of config.escalateTo) {
    const manager = managers.find((m) => m.aadObjectId === aad);
    const words = manager
      ? await outbox.toStaffOp(manager.id, `escalate:${handoffId}:${manager.id}`, {
          text: say.escalated(person, since, clock.now(), round),
        })
      : null;
    const card = manager
      ? await outbox.toStaffOp(
          manager.id,
          `escalate:${handoffId}:${manager.id}:card`,
          {
            render: { subject: 'handoff', id: handoffId, round: 1, audience: 'coordinator' },
            post: { subjectType: 'handoff', subjectId: handoffId, handoffId },
          },
          handoffId,
        )
      : null;
    if (!words || !card) {
      log.error(
        { handoffId, manager: aad },
        'ESCALATE_TO: this manager is not registered as staff or has not opened a chat with the bot: not told',
      );
      continue;
    }
    ops.push(words.op, card.op);
  }
  if (ops.length === 0) return;
  const already = await db.auditEvent.count({ where: { action: 'handoff.escalated', subjectId: handoffId } });
  if (already === 0) {
    ops.push(audit(db, clock.now(), 'system', 'handoff.escalated', 'handoff', handoffId, { after: round }));
  }
  await outbox.commit(ops);
}

/** A claimed handoff whose coordinator has sent the person nothing for CLAIMED_QUIET_MINUTES of working time: the
 * owner is nudged in their chat, once per quiet spell; the check comes back while the handoff stays claimed. */
async function nudgeIfQuiet(
  deps: AlertDeps,
  handoff: { id: string; claimedById: string | null; claimedAt: Date | null; createdAt: Date; person: PersonView },
  round: number,
): Promise<void> {
  const { db, clock, config, outbox } = deps;
  if (config.claimedQuietMinutes === 0 || !handoff.claimedById) return;
  const now = clock.now();
  const lastMessage = await db.auditEvent.findFirst({
    where: { action: 'handoff.message', subjectType: 'handoff', subjectId: handoff.id },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const claimedAt = handoff.claimedAt ?? handoff.createdAt;
  const last = lastMessage && lastMessage.at > claimedAt ? lastMessage.at : claimedAt;
  const working = (from: Date) =>
    addWorkingMinutes(from, config.claimedQuietMinutes, config.timeZone, config.workingDays, config.workingHours);
  const due = working(last);
  let next = due;
  if (now.getTime() >= due.getTime()) {
    const write = await outbox.toStaffOp(
      handoff.claimedById,
      `quiet:${handoff.id}:${last.getTime()}`,
      { text: say.quietNudge(handoff.person, last, now) },
      handoff.id,
    );
    if (write) await outbox.commit([write.op]);
    next = working(now);
  }
  await scheduleJob(db, {
    kind: JobKinds.handoffEscalate,
    key: `handoff:${handoff.id}:escalate:${round + 1}`,
    runAt: next,
    payload: { handoffId: handoff.id, round: round + 1 },
  });
}
