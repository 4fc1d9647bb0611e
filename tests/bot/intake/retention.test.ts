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
