// Urgent safety alerts reach a human or stay visible. A round of an alert is done only once at least one coordinator
// conversation has accepted its card (Teams returned the posted card's id: a PostedCard row). Until then the job stays
// pending and is tried again every URGENT_RETRY_MINUTES, day and night, each try logged as an error; when a
// coordinator opens a chat or adds the bot to a channel, every alert nobody has received is posted at once. /healthz
// reads the same facts.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { nextWithin } from '../schedule/hours.js';
import { coordinatorTargets } from '../teams/channels.js';
import type { TeamsOutbox } from '../teams/services.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import type { JobOutcome } from '../work/worker.js';
import { pageOrSchedule } from './on-call.js';

export interface UrgentDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  outbox: TeamsOutbox;
}

/** The key an alert's card is posted under for a round (what PostedCard and the outbox's dedupe keys carry). */
export const alertCardKey = (id: string, round: number): string => (round > 1 ? `${id}#${round}` : id);

/** True when at least one coordinator chat or channel can be sent to now. */
export async function coordinatorReachable(db: Db): Promise<boolean> {
  return (await coordinatorTargets(db)).length > 0;
}

/** One round of an urgent alert: posted to every reachable coordinator chat, and kept pending until one accepted it. */
export async function urgentRound(
  deps: UrgentDeps,
  event: { id: string; createdAt: Date; alertCount: number; lastAlertAt: Date; personId: string | null },
  round: number,
): Promise<JobOutcome | undefined> {
  const { db, clock, config, outbox, log } = deps;
  const now = clock.now();
  await pageOrSchedule(deps, event);
  const retry = { retryAt: new Date(now.getTime() + config.urgentRetryMinutes * 60_000) };
  const accepted = await db.postedCard.count({
    where: { subjectType: 'safety', subjectId: alertCardKey(event.id, round) },
  });
  const handoff = event.personId
    ? await db.handoff.findFirst({
        where: { personId: event.personId, status: { in: ['open', 'claimed'] } },
        select: { id: true },
      })
    : null;
  if (accepted === 0) {
    if (!(await coordinatorReachable(db))) {
      log.error(
        { safetyEventId: event.id, round },
        'URGENT safety alert not delivered: no coordinator has a chat with the bot or a channel it is in; it stays ' +
          'pending and is tried again, and is posted as soon as a coordinator opens a chat',
      );
      return retry;
    }
    if (event.alertCount !== round) {
      // The round starts now: the re-send is timed from here.
      await db.safetyEvent.update({ where: { id: event.id }, data: { alertCount: round, lastAlertAt: now } });
    } else if (now.getTime() - event.lastAlertAt.getTime() >= config.urgentRetryMinutes * 60_000) {
      log.error(
        { safetyEventId: event.id, round },
        'URGENT safety alert not yet accepted by any coordinator chat (Teams may be down); sending it again',
      );
    }
    await outbox.postCard('safety', event.id, { round, ...(handoff ? { handoffId: handoff.id } : {}) });
    return retry;
  }
  // Received: the next round when it is due. Re-sends wait for working hours; out of hours the on-call numbers
  // are paged (if set) and /healthz says the alert is waiting.
  const next = nextWithin(
    new Date(event.lastAlertAt.getTime() + config.urgentResendMinutes * 60_000),
    config.timeZone,
    config.workingHours,
    config.workingDays,
  );
  await scheduleJob(db, {
    kind: JobKinds.safetyAlert,
    key: `safety:${event.id}:round:${round + 1}`,
    runAt: next,
    payload: { safetyEventId: event.id, round: round + 1 },
  });
  if (handoff) await outbox.refreshHandoffCards(handoff.id);
  return undefined;
}

/** A coordinator chat or channel became reachable: every urgent alert nobody has received yet is posted now. */
export async function postWaitingAlerts(db: Db, clock: Clock, wake: () => void): Promise<number> {
  const waiting = await undeliveredAlerts(db);
  if (waiting.length === 0) return 0;
  const ids = new Set(waiting.map((w) => w.id));
  const jobs = await db.job.findMany({
    where: { kind: JobKinds.safetyAlert, status: 'pending' },
    select: { id: true, payload: true },
  });
  const due = jobs.filter((j) => {
    const payload = j.payload as Record<string, unknown> | null;
    return typeof payload?.['safetyEventId'] === 'string' && ids.has(payload['safetyEventId']);
  });
  if (due.length === 0) return 0;
  await db.job.updateMany({ where: { id: { in: due.map((j) => j.id) } }, data: { runAt: clock.now() } });
  wake();
  return due.length;
}

/** Unacknowledged urgent alerts no coordinator conversation has received a card of, oldest first. */
export async function undeliveredAlerts(db: Db): Promise<{ id: string; createdAt: Date }[]> {
  const open = await db.safetyEvent.findMany({
    where: { level: 'urgent', acknowledgedAt: null },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: { id: true, createdAt: true },
  });
  if (open.length === 0) return [];
  const posted = await db.postedCard.findMany({
    where: { subjectType: 'safety', createdAt: { gte: open[0]?.createdAt } },
    select: { subjectId: true },
  });
  const received = new Set(posted.map((p) => p.subjectId.split('#')[0]));
  return open.filter((e) => !received.has(e.id));
}

/** Why alerts are at risk right now, in words for /healthz and the start log; empty when all is well. */
export async function alertRisks(db: Db, clock: Clock, config: Config): Promise<string[]> {
  const reasons: string[] = [];
  if (!(await coordinatorReachable(db))) {
    reasons.push(
      'no coordinator can be reached in Teams: none has opened a chat with the bot or added it to a channel, ' +
        'so safety alerts and handoffs cannot be delivered',
    );
  }
  if (config.onCallSms.length > 0 && !config.twilio) {
    reasons.push('ON_CALL_SMS is set but SMS is off: on-call pages cannot be sent');
  }
  const undelivered = (await undeliveredAlerts(db)).length;
  if (undelivered > 0) {
    reasons.push(
      `${undelivered} urgent safety alert${undelivered === 1 ? ' has' : 's have'} not reached any coordinator yet`,
    );
  }
  const limit = new Date(clock.now().getTime() - config.urgentUnackedMinutes * 60_000);
  const waiting = await db.safetyEvent.count({
    where: { level: 'urgent', acknowledgedAt: null, createdAt: { lt: limit } },
  });
  if (waiting > 0) {
    reasons.push(
      `${waiting} urgent safety alert${waiting === 1 ? ' has' : 's have'} waited more than ` +
        `${config.urgentUnackedMinutes} minutes without anyone acknowledging ${waiting === 1 ? 'it' : 'them'}`,
    );
  }
  return reasons;
}
