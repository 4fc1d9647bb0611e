// Due work runs once even when several instances share the database: two workers with their own connections race
// for the same jobs and sends, and each is done exactly once. Failed jobs come back later; finished ones never do.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../../bot/clock.js';
import { openDatabase, type OpenDatabase } from '../../../bot/db/client.js';
import { createLogger } from '../../../bot/logger.js';
import { scheduleJob } from '../../../bot/work/jobs.js';
import { enqueue, type ClaimedSend } from '../../../bot/work/outbox.js';
import { Worker } from '../../../bot/work/worker.js';
import { describeEachDatabase, keyEnvOf } from '../../support/databases.js';

describeEachDatabase('worker', (ctx) => {
  const clock = new ManualClock(new Date('2026-11-23T10:00:00Z'));
  const log = createLogger('silent');
  let second: OpenDatabase;
  beforeAll(async () => {
    second = await openDatabase(ctx.url, { key: { dataKey: keyEnvOf(ctx.provider)['DATA_KEY'] } });
  });
  afterAll(async () => {
    await second.close();
  });
  beforeEach(() => ctx.clear());

  function workerOn(db: typeof ctx.db, ran: string[], sent: string[]): Worker {
    const worker = new Worker({ db, clock, log, intervalMs: 60_000 });
    worker.onJob('test.job', async (job) => {
      ran.push(JSON.stringify(job.payload['n']));
      await new Promise((resolve) => setTimeout(resolve, 1));
    });
    worker.useSender('sms', {
      send: async (item: ClaimedSend) => {
        sent.push(item.dedupeKey);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { providerId: `SM${item.dedupeKey}` };
      },
    });
    return worker;
  }

  it('two instances share 60 jobs and 60 sends, each done exactly once', async () => {
    for (let n = 0; n < 60; n++) {
      await scheduleJob(ctx.db, { kind: 'test.job', key: `job-${n}`, runAt: clock.now(), payload: { n } });
      await enqueue(
        ctx.db,
        { dedupeKey: `send-${n}`, channel: 'sms', target: '+447700900001', payload: { text: 'x' } },
        clock.now(),
      );
    }
    const ran: string[] = [];
    const sent: string[] = [];
    const a = workerOn(ctx.db, ran, sent);
    const b = workerOn(second.db, ran, sent);
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    expect(ran).toHaveLength(60);
    expect(new Set(ran).size).toBe(60);
    expect(sent).toHaveLength(60);
    expect(new Set(sent).size).toBe(60);
    expect(await ctx.db.job.count({ where: { status: 'done' } })).toBe(60);
    expect(await ctx.db.outbox.count({ where: { status: 'sent' } })).toBe(60);
  });

  it('runs a job again later when it fails, and not before', async () => {
    let calls = 0;
    const worker = new Worker({ db: ctx.db, clock, log, intervalMs: 60_000 });
    worker.onJob('flaky', () => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('not yet')) : Promise.resolve();
    });
    await scheduleJob(ctx.db, { kind: 'flaky', key: 'flaky-1', runAt: clock.now(), payload: {} });
    await worker.runOnce();
    await worker.runOnce();
    expect(calls).toBe(1);
    expect((await ctx.db.job.findUnique({ where: { key: 'flaky-1' } }))?.lastError).toMatch(/not yet/);
    clock.advance(10 * 60_000);
    await worker.runOnce();
    await worker.runOnce();
    expect(calls).toBe(2);
    expect((await ctx.db.job.findUnique({ where: { key: 'flaky-1' } }))?.status).toBe('done');
  });

  it('scheduling the same key again moves the job instead of adding one, and a job not yet due waits', async () => {
    const worker = new Worker({ db: ctx.db, clock, log, intervalMs: 60_000 });
    const ran: string[] = [];
    worker.onJob('later', (job) => {
      ran.push(job.key);
      return Promise.resolve();
    });
    await scheduleJob(ctx.db, {
      kind: 'later',
      key: 'r',
      runAt: new Date(clock.now().getTime() + 60_000),
      payload: {},
    });
    await scheduleJob(ctx.db, {
      kind: 'later',
      key: 'r',
      runAt: new Date(clock.now().getTime() + 120_000),
      payload: {},
    });
    expect(await ctx.db.job.count()).toBe(1);
    clock.advance(90_000);
    await worker.runOnce();
    expect(ran).toEqual([]);
    clock.advance(60_000);
    await worker.runOnce();
    expect(ran).toEqual(['r']);
  });
});
