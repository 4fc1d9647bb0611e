// The outbox against a fake Twilio over real HTTP: a send survives 500s, timeouts and a restart, goes out once, and
// gives up at once on failures that trying again cannot fix. A send that may have reached Twilio (no answer came, or
// the process died between sending and recording) is looked up in Twilio before it is sent again.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTwilioSender } from '../../../bot/sms/twilio-client.js';
import { claimDueSends, enqueue } from '../../../bot/work/outbox.js';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';

const phone = '+447700900555';
const minutes = (n: number) => n * 60_000;

describeEachDatabase('outbox: SMS through the Twilio REST API', (ctx) => {
  let t: TestApp;
  beforeEach(async () => {
    await ctx.clear();
    t = await startTestApp(ctx, { env: { SEND_TIMEOUT_MS: '300' } });
  });
  afterEach(async () => {
    await t.close();
  });

  const queue = (key: string, body: string) =>
    enqueue(ctx.db, { dedupeKey: key, channel: 'sms', target: phone, payload: { text: body } }, t.clock.now());

  it('sends a queued text once, records it, and keeps the delivery report', async () => {
    await queue('k1', 'Hello from the team');
    await queue('k1', 'Hello from the team'); // queued twice by a retried job: still one send
    await t.app.worker.runOnce();
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toEqual(['Hello from the team']);
    const sent = t.twilio.sent[0];
    expect(sent?.statusCallback).toBe('https://peer-connect.example.org/api/sms/status');
    const row = await ctx.db.outbox.findUnique({ where: { dedupeKey: 'k1' } });
    expect(row?.status).toBe('sent');
    expect(row?.providerId).toBe(sent?.sid);
    expect((await ctx.db.message.findUnique({ where: { providerId: `sms:${sent?.sid}` } }))?.body).toBe(
      'Hello from the team',
    );
  });

  it('retries after a 500 and after a timeout, with backoff, and sends once', async () => {
    t.twilio.failNext({ status: 500 }, 'hang');
    await queue('k2', 'Are you still there?');
    await t.app.worker.runOnce();
    expect(t.twilio.sent).toHaveLength(0);
    expect((await ctx.db.outbox.findUnique({ where: { dedupeKey: 'k2' } }))?.status).toBe('pending');

    t.clock.advance(minutes(1));
    await t.app.worker.runOnce(); // hangs, times out
    expect(t.twilio.sent).toHaveLength(0);

    t.clock.advance(minutes(5));
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toEqual(['Are you still there?']);
    expect(t.twilio.attempts).toBe(3);
    expect((await ctx.db.outbox.findUnique({ where: { dedupeKey: 'k2' } }))?.attempts).toBe(3);
  });

  it('does not send twice when the server restarts in the middle of retrying', async () => {
    t.twilio.failNext({ status: 503 });
    await queue('k3', 'Sorry we missed you');
    await t.app.worker.runOnce();
    const twilio = t.twilio;
    const clockAt = t.clock.now();
    await t.close();

    t = await startTestApp(ctx, { env: { SEND_TIMEOUT_MS: '300' } });
    t.clock.set(new Date(clockAt.getTime() + minutes(2)));
    await t.app.worker.runOnce();
    await t.app.worker.runOnce();
    expect(twilio.sent).toHaveLength(0);
    expect(t.twilio.to(phone)).toEqual(['Sorry we missed you']);
  });

  it('a text Twilio took without answering is found there, and not sent again', async () => {
    t.twilio.failNext('take-and-hang');
    await queue('k6', 'See you on Tuesday');
    await t.app.worker.runOnce(); // times out: did it go?
    expect(t.twilio.sent).toHaveLength(1);
    const pending = await ctx.db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'k6' } });
    expect([pending.status, pending.inFlightSince]).toEqual(['pending', expect.any(Date)]);

    t.clock.advance(minutes(1));
    await t.app.worker.runOnce();
    expect(t.twilio.lists).toBe(1);
    expect(t.twilio.attempts).toBe(1);
    expect(t.twilio.to(phone)).toEqual(['See you on Tuesday']);
    const row = await ctx.db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'k6' } });
    expect([row.status, row.providerId, row.inFlightSince]).toEqual(['sent', t.twilio.sent[0]?.sid, null]);
  });

  /** What a worker that dies mid-send leaves: the attempt recorded, the text at Twilio or not, no outcome. */
  async function dieMidSend(key: string, reachedTwilio: boolean): Promise<void> {
    const [claimed] = await claimDueSends(ctx.db, t.clock.now(), minutes(1));
    expect(claimed?.dedupeKey).toBe(key);
    if (claimed && reachedTwilio) {
      const sender = createTwilioSender(ctx.db, {
        accountSid: t.config.twilio?.accountSid ?? '',
        authToken: t.config.twilio?.authToken ?? '',
        from: t.config.twilio?.from ?? '',
        apiUrl: t.twilio.url,
        statusCallbackUrl: 'https://peer-connect.example.org/api/sms/status',
        timeoutMs: 1000,
      });
      await sender.send(claimed);
    }
    const taken = t.twilio.sent;
    const at = t.clock.now();
    await t.close();
    t = await startTestApp(ctx, { env: { SEND_TIMEOUT_MS: '300' } });
    t.twilio.sent.push(...taken); // what Twilio holds outlives our restart
    t.clock.set(new Date(at.getTime() + minutes(2))); // the lease has run out
  }

  it('a text sent just before the process died is found at Twilio after the restart, and not sent again', async () => {
    await queue('k7', 'Your coordinator will call at 2');
    await dieMidSend('k7', true);
    await t.app.worker.runOnce();
    expect(t.twilio.lists).toBe(1);
    expect(t.twilio.attempts).toBe(0);
    expect(t.twilio.to(phone)).toEqual(['Your coordinator will call at 2']);
    const row = await ctx.db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'k7' } });
    expect([row.status, row.providerId]).toEqual(['sent', t.twilio.sent[0]?.sid]);
  });

  it('a text the process died before sending is sent once after the restart', async () => {
    await queue('k8', 'Hello again');
    await dieMidSend('k8', false);
    await t.app.worker.runOnce();
    expect(t.twilio.lists).toBe(1);
    expect(t.twilio.to(phone)).toEqual(['Hello again']);
    expect((await ctx.db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'k8' } })).status).toBe('sent');
  });

  it('gives up at once when the number has opted out (21610) and shows it on the handoff', async () => {
    const person = await ctx.db.person.create({ data: { phone: '+447700900556' } });
    const handoff = await ctx.db.handoff.create({
      data: { personId: person.id, channel: 'sms', reason: 'asked', profile: {} },
    });
    t.twilio.failNext({ status: 400, code: 21610 });
    await enqueue(
      ctx.db,
      { dedupeKey: 'k4', channel: 'sms', target: '+447700900556', payload: { text: 'hi' }, handoffId: handoff.id },
      t.clock.now(),
    );
    await t.app.worker.runOnce();
    t.clock.advance(minutes(60));
    await t.app.worker.runOnce();
    expect(t.twilio.attempts).toBe(1);
    const row = await ctx.db.outbox.findUnique({ where: { dedupeKey: 'k4' } });
    expect(row?.status).toBe('dead');
    expect((await ctx.db.handoff.findUnique({ where: { id: handoff.id } }))?.deliveryIssue).toBe('opted-out');
  });

  it('never texts a number that has said STOP, even if the text was queued before', async () => {
    await ctx.db.person.create({ data: { phone, optedOutAt: t.clock.now() } });
    await queue('k5', 'Just checking in');
    await t.app.worker.runOnce();
    expect(t.twilio.attempts).toBe(0);
    expect((await ctx.db.outbox.findUnique({ where: { dedupeKey: 'k5' } }))?.status).toBe('dead');
  });
});
