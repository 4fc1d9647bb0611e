// Keeping people's data no longer than needed: once a night, everyone whose conversation has been quiet for
// RETENTION_DAYS (365 by default; 0 turns this part off), with no handoff still open and no mentoring still running,
// is erased by the same rules as "delete my data"; and, whatever RETENTION_DAYS says, sent (or abandoned) outbox rows
// and finished jobs older than PURGE_AFTER_DAYS are deleted, so copies of messages do not pile up.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { scrubFreedSpace, type Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { nextWithin } from '../schedule/hours.js';
import { scheduleJob } from '../work/jobs.js';
import type { JobHandlers } from '../work/worker.js';
import { eraseOps } from './erase.js';

const KIND = 'retention.sweep';
/** Sweep at night, when nobody is texting. */
const NIGHT = { from: 3 * 60, to: 4 * 60 };
const BATCH = 200;
/** How long a sent message's outbox row, or a finished job, is kept (to answer "did it go?"). */
export const PURGE_AFTER_DAYS = 30;

export interface RetentionDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
}

/** Erases everyone past the retention period; returns how many. */
export async function sweepRetention(deps: RetentionDeps, days: number): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let erased = 0;
  for (;;) {
    const due = await db.person.findMany({
      where: {
        erasedAt: null,
        createdAt: { lt: cutoff },
        // Quiet: no message from them since the cutoff (a conversation erased or never started counts as quiet).
        OR: [{ conversation: { is: null } }, { conversation: { lastInboundAt: { lt: cutoff } } }],
        handoffs: {
          none: {
            OR: [
              { status: { not: 'closed' } },
              { closedAt: { gte: cutoff } },
              { referrals: { some: { status: { in: ['open', 'matched'] } } } },
            ],
          },
        },
      },
      select: { id: true, phone: true, optedOutAt: true },
      take: BATCH,
    });
    for (const person of due) {
      await db.$transaction(await eraseOps(db, person, 'retention', 'system', now));
    }
    erased += due.length;
    if (due.length < BATCH) return erased;
  }
}

/** Deletes finished outbox rows (sent, dead, unknown) and finished jobs older than PURGE_AFTER_DAYS; returns how many of each. */
export async function purgeFinishedWork(db: Db, now: Date): Promise<{ outbox: number; jobs: number }> {
  const cutoff = new Date(now.getTime() - PURGE_AFTER_DAYS * 86_400_000);
  const outbox = await db.outbox.deleteMany({
    where: {
      status: { in: ['sent', 'dead', 'failed', 'unknown'] },
      createdAt: { lt: cutoff },
      nextAttemptAt: { lt: cutoff },
    },
  });
  const jobs = await db.job.deleteMany({
    where: { status: { in: ['done', 'cancelled', 'failed'] }, runAt: { lt: cutoff } },
  });
  return { outbox: outbox.count, jobs: jobs.count };
}

function nextSweep(after: Date, config: Config): { key: string; runAt: Date } {
  const runAt = nextWithin(new Date(after.getTime() + 60_000), config.timeZone, NIGHT);
  return { key: `retention:${runAt.toISOString().slice(0, 10)}`, runAt };
}

/** The nightly sweep's job handler; each sweep schedules the next. */
export function retentionJobs(deps: RetentionDeps): JobHandlers {
  const days = deps.config.retentionDays;
  return {
    [KIND]: async () => {
      const erased = days === 0 ? 0 : await sweepRetention(deps, days);
      const purged = await purgeFinishedWork(deps.db, deps.clock.now());
      if (erased > 0 || purged.outbox > 0 || purged.jobs > 0) await scrubFreedSpace(deps.db);
      deps.log.info({ erased, days, purged }, 'retention sweep done');
      const next = nextSweep(deps.clock.now(), deps.config);
      await scheduleJob(deps.db, { kind: KIND, key: next.key, runAt: next.runAt, payload: {} });
    },
  };
}

/** At start: the next sweep is scheduled (idempotent by date, so several instances agree on one sweep a night). */
export async function scheduleRetention(deps: RetentionDeps): Promise<void> {
  const next = nextSweep(deps.clock.now(), deps.config);
  const exists = await deps.db.job.findUnique({ where: { key: next.key }, select: { id: true } });
  if (!exists) await scheduleJob(deps.db, { kind: KIND, key: next.key, runAt: next.runAt, payload: {} });
}
