// Jobs that keep handoffs from getting lost: a new handoff's card to every coordinator chat, safety alerts (urgent
// ones delivered or kept pending, then re-sent until someone acknowledges: urgent.ts), and reminders while nobody has
// claimed a handoff.
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import { textAt } from '../../shared/json.js';
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
import { readProfile } from './views.js';

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
    await outbox.notifyCoordinators({
      dedupeKey: `safety:${id}:note`,
      text: say.concernNote(person, staff?.name ?? null),
    });
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
  if (!handoff || handoff.status !== 'open') return;
  const now = clock.now();
  const person = {
    name: readProfile(handoff.profile).name,
    phone: handoff.person.phone,
    channel: handoff.channel === 'teams' ? ('teams' as const) : ('sms' as const),
  };
  await outbox.notifyCoordinators({
    dedupeKey: `remind:${handoffId}:${round}`,
    text: say.reminder(person, handoff.createdAt, now),
    handoffId,
  });
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
