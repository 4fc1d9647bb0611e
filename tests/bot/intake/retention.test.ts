// Data is kept no longer than the retention period: quiet people with nothing open are erased at night by the same
// rules as "delete my data"; anyone still waiting for, talking with or being mentored by us is kept.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

const days = (n: number) => n * 86_400_000;

describeEachDatabase('retention', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { env: { RETENTION_DAYS: '30' } });
    t.clock.set('2026-01-05T12:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  const exists = async (phone: string) => (await ctx.db.person.count({ where: { phone } })) > 0;

  it('erases the quiet, keeps the waiting and the opted out, and sweeps again the next night', async () => {
    await text(t, '+447700900301', 'hi'); // will go quiet
    await text(t, '+447700900302', 'talk to a person'); // waiting for a coordinator: kept however long it takes
    await text(t, '+447700900303', 'hi');
    await text(t, '+447700900303', 'STOP'); // quiet too, but the opt-out must outlive erasure
    await t.app.start();
    t.clock.advance(days(20));
    await text(t, '+447700900304', 'hi'); // quiet for only 11 days when the sweep runs
    t.clock.advance(days(11));

    await t.app.worker.runOnce();
    expect(await exists('+447700900301')).toBe(false);
    expect(await exists('+447700900302')).toBe(true);
    expect(await exists('+447700900304')).toBe(true);
    const optedOut = await ctx.db.person.findUnique({ where: { phone: '+447700900303' } });
    expect(optedOut?.optedOutAt).not.toBeNull();
    expect(optedOut?.erasedAt).not.toBeNull();
    expect(await ctx.db.message.count({ where: { person: { phone: '+447700900303' } } })).toBe(0);
    expect(
      await ctx.db.auditEvent.count({
        where: { action: 'person.erased', detail: { equals: { reason: 'retention' } } },
      }),
    ).toBe(2);

    // The sweep scheduled tomorrow night's; 20 more quiet days later the last one goes too.
    t.clock.advance(days(20));
    await t.app.worker.runOnce();
    expect(await exists('+447700900304')).toBe(false);
    expect(await exists('+447700900302')).toBe(true);
  });
});

describeEachDatabase('retention of finished work, even with RETENTION_DAYS=0', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    await ctx.clear();
    t = await startTestApp(ctx, { env: { RETENTION_DAYS: '0' } });
    t.clock.set('2026-03-02T12:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  it('deletes sent outbox rows and finished jobs after 30 days, and keeps what is still to do', async () => {
    const at = (daysAgo: number) => new Date(t.clock.now().getTime() - days(daysAgo));
    const row = (key: string, status: string, daysAgo: number) => ({
      dedupeKey: key,
      channel: 'sms',
      target: '+447700900399',
      payload: { text: `text ${key}` },
      status,
      createdAt: at(daysAgo),
      nextAttemptAt: at(daysAgo),
    });
    await ctx.db.outbox.createMany({
      data: [
        row('old-sent', 'sent', 31),
        row('new-sent', 'sent', 28),
        // Still to do, but not due until after the sweep: the app's own SMS lane must not send it first.
        { ...row('old-pending', 'pending', 31), nextAttemptAt: at(-3) },
      ],
    });
    await ctx.db.job.createMany({
      data: [
        { key: 'old-done', kind: 'x', runAt: at(31), payload: {}, status: 'done' },
        { key: 'old-cancelled', kind: 'x', runAt: at(40), payload: {}, status: 'cancelled' },
        { key: 'new-done', kind: 'x', runAt: at(28), payload: {}, status: 'done' },
      ],
    });
    await t.app.start();
    t.clock.advance(days(1));
    await t.app.worker.runOnce();
    // Measured from the night of the sweep: one more day has passed.
    const keys = (await ctx.db.outbox.findMany({ orderBy: { dedupeKey: 'asc' } })).map((o) => o.dedupeKey);
    expect(keys).toEqual(['new-sent', 'old-pending']);
    const jobs = await ctx.db.job.findMany({ where: { kind: 'x' } });
    expect(jobs.map((j) => j.key).sort()).toEqual(['new-done']);
  });
});
