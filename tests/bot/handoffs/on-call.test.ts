// On call: an urgent alert raised out of hours pages every ON_CALL_SMS number at once; one raised in working hours
// pages them only if nobody acknowledges it within URGENT_RESEND_MINUTES. Once per alert per number, with nothing
// about the person, and recorded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { text } from '../../support/sms.js';
import { startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const MINUTE = 60_000;
const ON_CALL = ['+447700900901', '+447700900902'];

describeEachDatabase('on-call pages for urgent alerts', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');

  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      env: { ON_CALL_SMS: ON_CALL.join(', '), URGENT_RESEND_MINUTES: '15' },
      staff: [{ user: sam, role: 'coordinator' }],
    });
  });
  afterAll(() => t.close());

  const pages = (phone: string) => t.twilio.to(phone);

  it('Friday 21:14, out of hours: both on-call phones get one page, with no personal detail', async () => {
    t.clock.set('2026-11-27T21:14:00Z'); // 21:14 in London (GMT in November)
    const phone = '+447700900311';
    await text(t, phone, 'Sam here. I have taken all my pills');
    await t.app.worker.runOnce();
    for (const number of ON_CALL) {
      expect(pages(number)).toHaveLength(1);
      expect(pages(number)[0]).toBe(
        'Peer Connections: urgent safety alert at 21:14, not yet acknowledged. Please open Teams.',
      );
      expect(pages(number)[0]).not.toMatch(/Sam|pills|7700900311/);
    }
    // Retries and re-sends later that night page nobody again.
    for (let i = 0; i < 5; i++) {
      t.clock.advance(20 * MINUTE);
      await t.app.worker.runOnce();
    }
    for (const number of ON_CALL) expect(pages(number)).toHaveLength(1);
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone } } });
    expect(await ctx.db.auditEvent.count({ where: { action: 'safety.paged', subjectId: event.id } })).toBe(1);
    const rows = await ctx.db.outbox.findMany({ where: { dedupeKey: { startsWith: `page:${event.id}:` } } });
    expect(rows.map((r) => [r.target, r.status, r.urgent]).sort()).toEqual(ON_CALL.map((n) => [n, 'sent', true]));
    await tap(t, t.connector, sam, 'safety.ack', { safetyEventId: event.id });
  });

  it('Monday 10:00, in working hours: no page at once; a page once 15 minutes pass with nobody acknowledging', async () => {
    t.clock.set('2026-11-30T10:00:00Z');
    const before = ON_CALL.map((n) => pages(n).length);
    await text(t, '+447700900312', 'I am going to end my life today');
    await t.app.worker.runOnce();
    expect(ON_CALL.map((n) => pages(n).length)).toEqual(before);
    t.clock.advance(16 * MINUTE);
    await t.app.worker.runOnce();
    expect(ON_CALL.map((n) => pages(n).length)).toEqual(before.map((n) => n + 1));
  });

  it('an alert acknowledged within the 15 minutes pages nobody', async () => {
    t.clock.advance(60 * MINUTE);
    const before = ON_CALL.map((n) => pages(n).length);
    await text(t, '+447700900313', 'I want to kill myself');
    await t.app.worker.runOnce();
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone: '+447700900313' } } });
    await tap(t, t.connector, sam, 'safety.ack', { safetyEventId: event.id });
    t.clock.advance(16 * MINUTE);
    await t.app.worker.runOnce();
    expect(ON_CALL.map((n) => pages(n).length)).toEqual(before);
  });

  it('ON_CALL_SMS set with SMS off: /healthz says pages cannot be sent', async () => {
    const off = await startTeamsApp(ctx, { withoutSms: true, env: { ON_CALL_SMS: ON_CALL[0] ?? '' } });
    try {
      const body = (await (await fetch(`${off.baseUrl}/healthz`)).json()) as { status: string; reasons: string[] };
      expect(body.status).toBe('degraded');
      expect(body.reasons).toContain('ON_CALL_SMS is set but SMS is off: on-call pages cannot be sent');
    } finally {
      await off.close();
    }
  });
});
