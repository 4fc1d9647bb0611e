// The background worker: runs due jobs and sends queued messages. It polls at an interval and can be woken after a
// turn commits, so replies that go through the outbox leave at once. Tests call runOnce() to step it.
import type { Db } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { backoffMs, MAX_ATTEMPTS } from './backoff.js';
import { claimDueJobs, completeJob, failJob, type ClaimedJob } from './jobs.js';
import {
  claimDueSends,
  markDead,
  markRetry,
  markSent,
  PermanentSendError,
  type ClaimedSend,
  type OutboxChannel,
  type Sender,
} from './outbox.js';

export type JobHandler = (job: ClaimedJob) => Promise<void>;
/** A feature's job handlers by job kind, for the composition root to register. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;
export type DeadLetterHandler = (send: ClaimedSend, reason: string, code: string | undefined) => Promise<void>;
export type SentHandler = (send: ClaimedSend, providerId: string | undefined) => Promise<void>;

export interface WorkerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  intervalMs: number;
  leaseMs?: number;
}

export class Worker {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly senders = new Map<OutboxChannel, Sender>();
  private readonly deadHandlers: DeadLetterHandler[] = [];
  private readonly sentHandlers: SentHandler[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly deps: WorkerDeps) {}

  onJob(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for job kind "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  onJobs(handlers: JobHandlers): void {
    for (const [kind, handler] of Object.entries(handlers)) this.onJob(kind, handler);
  }

  useSender(channel: OutboxChannel, sender: Sender): void {
    this.senders.set(channel, sender);
  }

  onDeadLetter(handler: DeadLetterHandler): void {
    this.deadHandlers.push(handler);
  }

  onSent(handler: SentHandler): void {
    this.sentHandlers.push(handler);
  }

  start(): void {
    this.stopped = false;
    this.schedule(this.deps.intervalMs);
  }

  /** Run soon, without waiting for the next tick (after a turn queued something). */
  wake(): void {
    if (this.stopped) return;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass: every due job, then every due send, until none is left (bounded). */
  async runOnce(): Promise<{ jobs: number; sends: number }> {
    let jobs = 0;
    let sends = 0;
    for (let round = 0; round < 20; round++) {
      const doneJobs = await this.runJobs();
      const doneSends = await this.runSends();
      jobs += doneJobs;
      sends += doneSends;
      if (doneJobs === 0 && doneSends === 0) break;
    }
    return { jobs, sends };
  }

  private schedule(delay: number): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    this.running = this.runOnce()
      .then(() => undefined)
      .catch((err: unknown) => this.deps.log.error({ err }, 'worker pass failed'))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const next = this.again ? 0 : this.deps.intervalMs;
        this.again = false;
        this.schedule(next);
      });
  }

  private get leaseMs(): number {
    return this.deps.leaseMs ?? 60_000;
  }

  private async runJobs(): Promise<number> {
    const { db, clock, log } = this.deps;
    const claimed = await claimDueJobs(db, clock.now(), this.leaseMs);
    for (const job of claimed) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
        await handler(job);
        await completeJob(db, job.id);
      } catch (err) {
        const retry =
          job.attempts < MAX_ATTEMPTS ? new Date(clock.now().getTime() + backoffMs(job.attempts)) : undefined;
        log.warn({ err, jobId: job.id, kind: job.kind, attempts: job.attempts, retry: Boolean(retry) }, 'job failed');
        await failJob(db, job.id, errorText(err), retry);
      }
    }
    return claimed.length;
  }

  // Bookkeeping after a send must never make the worker think the send failed: that would send it twice.
  private async afterSent(send: ClaimedSend, providerId: string | undefined): Promise<void> {
    for (const handler of this.sentHandlers) {
      try {
        await handler(send, providerId);
      } catch (err) {
        this.deps.log.error({ err, sendId: send.id }, 'after-send bookkeeping failed');
      }
    }
  }

  private async runSends(): Promise<number> {
    const { db, clock, log } = this.deps;
    const claimed = await claimDueSends(db, clock.now(), this.leaseMs);
    for (const send of claimed) {
      const sender = this.senders.get(send.channel);
      try {
        if (!sender) throw new Error(`the ${send.channel} channel is not configured`);
        const result = await sender.send(send);
        await markSent(db, send.id, result, clock.now());
        await this.afterSent(send, result.providerId);
      } catch (err) {
        const permanent = err instanceof PermanentSendError;
        if (permanent || send.attempts >= MAX_ATTEMPTS) {
          log.warn({ err, sendId: send.id, channel: send.channel, attempts: send.attempts }, 'send given up');
          await markDead(db, send.id, errorText(err));
          for (const handler of this.deadHandlers) {
            await handler(send, errorText(err), permanent ? err.code : 'max-attempts');
          }
        } else {
          log.info({ err, sendId: send.id, channel: send.channel, attempts: send.attempts }, 'send will be retried');
          await markRetry(db, send.id, errorText(err), new Date(clock.now().getTime() + backoffMs(send.attempts)));
        }
      }
    }
    return claimed.length;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
