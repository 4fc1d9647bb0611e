// Persisted due work (reminders, escalations, notifications). Scheduling is idempotent by key; the worker claims a
// job with a compare-and-set on its attempt count, so with several instances on PostgreSQL each job runs once.
import type { Db, Queries } from '../db/client.js';
import type { JsonObject } from '../../shared/json.js';

export interface JobSpec {
  kind: string;
  /** Unique: scheduling the same key again moves the job instead of adding a second one. */
  key: string;
  runAt: Date;
  payload: JsonObject;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  key: string;
  payload: JsonObject;
  attempts: number;
}

/** The write that schedules (or reschedules) a job; lazy, so it can join a turn's transaction. */
export function scheduleJob(db: Queries, spec: JobSpec) {
  return db.job.upsert({
    where: { key: spec.key },
    create: { key: spec.key, kind: spec.kind, runAt: spec.runAt, payload: spec.payload, status: 'pending' },
    update: {
      kind: spec.kind,
      runAt: spec.runAt,
      payload: spec.payload,
      status: 'pending',
      attempts: 0,
      lastError: null,
    },
  });
}

/** The write that cancels a pending job, if there is one. */
export function cancelJob(db: Queries, key: string) {
  return db.job.updateMany({ where: { key, status: 'pending' }, data: { status: 'cancelled' } });
}

/** Which jobs a lane claims: these kinds only, or every kind but these. */
export type JobFilter = { only: readonly string[] } | { except: readonly string[] };

export async function claimDueJobs(
  db: Db,
  now: Date,
  leaseMs: number,
  limit = 20,
  filter?: JobFilter,
): Promise<ClaimedJob[]> {
  const kind = !filter ? undefined : 'only' in filter ? { in: [...filter.only] } : { notIn: [...filter.except] };
  const due = await db.job.findMany({
    where: {
      status: 'pending',
      runAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      ...(kind ? { kind } : {}),
    },
    orderBy: { runAt: 'asc' },
    take: limit,
    select: { id: true, kind: true, key: true, payload: true, attempts: true },
  });
  const claimed: ClaimedJob[] = [];
  for (const job of due) {
    const { count } = await db.job.updateMany({
      where: { id: job.id, status: 'pending', attempts: job.attempts },
      data: { attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) claimed.push({ ...job, payload: job.payload as JsonObject, attempts: job.attempts + 1 });
  }
  return claimed;
}

export function completeJob(db: Db, id: string) {
  return db.job.update({ where: { id }, data: { status: 'done', lockedUntil: null, lastError: null } });
}

/** The job stays pending and runs again at `runAt`, without counting as a failure. */
export function keepJob(db: Db, id: string, runAt: Date) {
  // Attempts start again: a job kept pending for hours must not be one error away from giving up.
  return db.job.update({
    where: { id },
    data: { status: 'pending', lockedUntil: null, runAt, attempts: 0, lastError: null },
  });
}

export function failJob(db: Db, id: string, error: string, retryAt: Date | undefined) {
  return db.job.update({
    where: { id },
    data: retryAt
      ? { lockedUntil: null, runAt: retryAt, lastError: error.slice(0, 500) }
      : { status: 'failed', lockedUntil: null, lastError: error.slice(0, 500) },
  });
}
