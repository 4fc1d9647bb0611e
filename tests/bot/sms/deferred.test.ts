// No 5xx for a text that reached us: when its turn cannot finish in the request it is stored, Twilio gets an empty
// answer, and the worker finishes the turn and texts the replies (a crisis reply in the urgent lane). Two instances
// on one database with 30 texts at once per sender: nothing lost, nothing doubled, no 5xx.
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { messageSid, text } from '../../support/sms.js';

describeEachDatabase('texts whose turn cannot finish in the request', (ctx) => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    await ctx.clear();
    t = await startTestApp(ctx);
    second = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
    await second.close();
  });
  beforeEach(() => vi.restoreAllMocks());

  it('are stored, answered 200 with nothing, and finished by the worker, which texts the replies', async () => {
    const phone = '+447700900601';
    vi.spyOn(t.app.intake, 'receive').mockRejectedValueOnce(new Error('the database is busy'));
    const res = await text(t, phone, 'hi');
    expect([res.status, res.replies]).toEqual([200, []]);
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone).join('\n')).toMatch(/peer support/i);
    expect(await ctx.db.message.count({ where: { person: { phone }, direction: 'in' } })).toBe(1);
  });

  it('a crisis text finished late gets the crisis lines by text, in the urgent lane', async () => {
    const phone = '+447700900602';
    vi.spyOn(t.app.intake, 'receive').mockRejectedValueOnce(new Error('the database is busy'));
    expect((await text(t, phone, 'i want to kill myself tonight')).status).toBe(200);
    // Stored for the worker, encrypted at rest like the message itself would be.
    const [stored] = await ctx.db.$queryRawUnsafe<{ p: string }[]>(
      `SELECT CAST(payload AS TEXT) AS p FROM "Job" WHERE "key" LIKE 'inbound:sms:%' ORDER BY "createdAt" DESC`,
    );
    expect(stored?.p).toBeTruthy();
    expect(stored?.p).not.toContain('kill');
    expect(stored?.p).not.toContain('900602');
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone).join('\n')).toMatch(/116 123/);
    const replies = await ctx.db.outbox.findMany({ where: { target: phone, dedupeKey: { startsWith: 'reply:' } } });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.urgent)).toBe(true);
  });

  it('two instances, five people sending 30 texts each at once: every text stored once, no 5xx', async () => {
    const people = Array.from({ length: 5 }, (_, n) => `+4477009007${String(n).padStart(2, '0')}`);
    const sent = people.flatMap((phone) => Array.from({ length: 30 }, (_, i) => ({ phone, sid: messageSid(), i })));
    const results = await Promise.all(
      sent.map(({ phone, sid, i }) => text(i % 2 === 0 ? t : second, phone, `message ${i}`, { MessageSid: sid })),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    await Promise.all([t.app.worker.runOnce(), second.app.worker.runOnce()]);
    const stored = await ctx.db.message.findMany({
      where: { direction: 'in', providerId: { in: sent.map((s) => `sms:${s.sid}`) } },
      select: { providerId: true },
    });
    expect(stored).toHaveLength(sent.length);
    expect(new Set(stored.map((m) => m.providerId)).size).toBe(sent.length);
  });
});
