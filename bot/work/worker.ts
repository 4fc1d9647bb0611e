// The background worker: runs due jobs and sends queued messages, in lanes (lanes.ts) that each run on their own loop,
// so a hung provider never delays another lane's work or an urgent alert. Each lane polls at an interval and is woken
// after a turn commits, so what a turn queued leaves at once. Tests call runOnce() to step every lane.
import type { Db } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { backoffMs, MAX_ATTEMPTS } from './backoff.js';
import { claimDueJobs, completeJob, failJob, keepJob, type ClaimedJob, type JobFilter } from './jobs.js';
import { JOB_BATCH, LANES, type Lane } from './lanes.js';
import {
  claimDueSends,
  forgetWhenDone,
  markDead,
  markRetry,
  markSent,
  markUnknown,
  OutcomeUnknownError,
  PermanentSendError,
  UncertainSendError,
  type ClaimedSend,
  type OutboxChannel,
  type Sender,
  type SendFilter,
} from './outbox.js';

/** What a handler may ask for instead of being done: keep the job pending and run it again at `retryAt` (an urgent
 * alert nobody has received yet). Not a failure: it never runs out of attempts. */
export interface JobOutcome {
  retryAt: Date;
}
export type JobHandler = (job: ClaimedJob) => Promise<void | JobOutcome>;
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
  private readonly loops: LaneLoop[];
  private stopped = true;

  constructor(private readonly deps: WorkerDeps) {
    this.loops = LANES.map(
      (lane) =>
        new LaneLoop(
          () => this.lanePass(lane),
          deps.intervalMs,
          () => this.stopped,
          (err) => deps.log.error({ err, lane: lane.name }, 'worker pass failed'),
        ),
    );
  }

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
    for (const loop of this.loops) loop.schedule(this.deps.intervalMs);
  }

  /** Run soon, without waiting for the next tick (after a turn queued something). */
  wake(): void {
    if (this.stopped) return;
    for (const loop of this.loops) loop.schedule(0);
  }

  /** Stops claiming work and waits for what is in flight (each send is bounded by its timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops.map((loop) => loop.stop()));
  }

  /** Every lane, until none has anything due (bounded); for tests and tools that step the worker. */
  async runOnce(): Promise<{ jobs: number; sends: number }> {
    let jobs = 0;
    let sends = 0;
    for (let round = 0; round < 50; round++) {
      const done = await Promise.all(LANES.map((lane) => this.runLane(lane)));
      const roundJobs = done.reduce((n, d) => n + d.jobs, 0);
      const roundSends = done.reduce((n, d) => n + d.sends, 0);
      jobs += roundJobs;
      sends += roundSends;
      if (roundJobs === 0 && roundSends === 0) break;
    }
    return { jobs, sends };
  }

  /** One lane's pass on its own loop: until it has nothing due, or the worker stops. True if work may remain. */
  private async lanePass(lane: Lane): Promise<boolean> {
    for (let round = 0; round < 20; round++) {
      if (this.stopped) return false;
      const done = await this.runLane(lane);
      if (done.jobs === 0 && done.sends === 0) return false;
      // A job may have queued sends without waking the worker: give the other lanes a look.
      if (done.jobs > 0) this.wake();
    }
    return true;
  }

  private async runLane(lane: Lane): Promise<{ jobs: number; sends: number }> {
    const jobs = lane.jobs ? await this.runJobs(lane.jobs) : 0;
    const sends = lane.sends ? await this.runSends(lane.sends, lane.batch) : 0;
    return { jobs, sends };
  }

  private get leaseMs(): number {
    return this.deps.leaseMs ?? 60_000;
  }

  private async runJobs(filter: JobFilter): Promise<number> {
    const { db, clock, log } = this.deps;
    const claimed = await claimDueJobs(db, clock.now(), this.leaseMs, JOB_BATCH, filter);
    for (const job of claimed) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
        const outcome = await handler(job);
        if (outcome) await keepJob(db, job.id, outcome.retryAt);
        else await completeJob(db, job.id);
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

  private async runSends(filter: SendFilter, batch: number): Promise<number> {
    const claimed = await claimDueSends(this.deps.db, this.deps.clock.now(), this.leaseMs, batch, filter);
    // Different conversations at once; one conversation's messages in the order they were queued.
    const byTarget = new Map<string, ClaimedSend[]>();
    for (const send of claimed) byTarget.set(send.target, [...(byTarget.get(send.target) ?? []), send]);
    await Promise.all(
      [...byTarget.values()].map(async (sends) => {
        for (const send of sends) await this.sendOne(send);
      }),
    );
    return claimed.length;
  }

  private async sendOne(send: ClaimedSend): Promise<void> {
    const { db, clock, log } = this.deps;
    const sender = this.senders.get(send.channel);
    try {
      if (!sender) throw new Error(`the ${send.channel} channel is not configured`);
      const result = await sender.send(send);
      await markSent(db, send.id, result, clock.now());
      await this.afterSent(send, result.providerId);
      await forgetWhenDone(db, send);
    } catch (err) {
      if (err instanceof OutcomeUnknownError) {
        log.warn(
          { sendId: send.id, channel: send.channel, reason: err.message },
          'send may have gone out: not repeated',
        );
        await markUnknown(db, send.id, errorText(err));
        await forgetWhenDone(db, send);
        return;
      }
      const permanent = err instanceof PermanentSendError;
      // An urgent send (a safety alert, an on-call page) failing is logged as an error: someone must look.
      const level = send.urgent ? 'error' : null;
      if (permanent || send.attempts >= MAX_ATTEMPTS) {
        log[level ?? 'warn']({ err, sendId: send.id, channel: send.channel, attempts: send.attempts }, 'send given up');
        await markDead(db, send.id, errorText(err));
        for (const handler of this.deadHandlers) {
          await handler(send, errorText(err), permanent ? err.code : 'max-attempts');
        }
        await forgetWhenDone(db, send);
      } else {
        log[level ?? 'info'](
          { err, sendId: send.id, channel: send.channel, attempts: send.attempts },
          'send will be retried',
        );
        const retryAt = new Date(clock.now().getTime() + backoffMs(send.attempts));
        await markRetry(db, send.id, errorText(err), retryAt, err instanceof UncertainSendError);
      }
    }
  }
}

/** One lane's loop: polls at an interval, runs at once when woken, and never runs two passes at a time. */
class LaneLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly pass: () => Promise<boolean>,
    private readonly intervalMs: number,
    private readonly stopped: () => boolean,
    private readonly onError: (err: unknown) => void,
  ) {}

  schedule(delay: number): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    this.timer = undefined;
    this.running = this.pass()
      .catch((err: unknown) => {
        this.onError(err);
        return false;
      })
      .then((more) => {
        this.running = undefined;
        if (this.stopped()) return;
        const next = this.again || more ? 0 : this.intervalMs;
        this.again = false;
        this.schedule(next);
      });
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
