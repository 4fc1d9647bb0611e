// Urgent work never waits behind a hung provider: with Twilio hanging on a queue of texts, a person's crisis text
// still gets the crisis lines at once and the coordinators still get the urgent alert card, through the real server,
// its real worker loops and real HTTP to the fakes.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { enqueue } from '../../../bot/work/outbox.js';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const sam = teamsUser('Sam');

async function until(check: () => boolean | Promise<boolean>, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describeEachDatabase('worker lanes: a hung provider', (ctx) => {
  let t: TeamsTestApp;
  beforeEach(async () => {
    await ctx.clear();
    // A send limit far longer than the test: only a separate lane can get the alert out in time.
    t = await startTeamsApp(ctx, {
      env: { SEND_TIMEOUT_MS: '60000', WORKER_INTERVAL_MS: '200' },
      staff: [{ user: sam, role: 'coordinator' }],
    });
  });
  afterEach(async () => {
    // Let the hung requests fail, so the worker can stop.
    await t.twilio.stop();
    await t.connector.stop();
    await t.close();
  });

  it('with Twilio hanging on six queued texts, a crisis text gets its reply and the alert card still goes out', async () => {
    t.twilio.failNext(...Array.from({ length: 6 }, () => 'hang' as const));
    for (let n = 0; n < 6; n++) {
      const target = `+4477009003${String(n).padStart(2, '0')}`;
      await enqueue(
        ctx.db,
        { dedupeKey: `queued-${n}`, channel: 'sms', target, payload: { text: 'Just checking in' } },
        t.clock.now(),
      );
    }
    t.app.worker.start();
    t.app.worker.wake();
    expect(await until(() => t.twilio.attempts >= 5, 10_000)).toBe(true); // the SMS lane is stuck

    const reply = await text(t, '+447700900399', 'i want to kill myself');
    expect(reply.status).toBe(200);
    expect(reply.replies.join('\n')).toMatch(/116 123/);

    const alerted = () => t.connector.cards(sam.chatId).some((c) => /URGENT/.test(cardText(c.card)));
    expect(await until(alerted, 15_000)).toBe(true);
    // Still stuck: the alert did not wait for the texts ahead of it.
    expect(t.twilio.sent).toHaveLength(0);
    const recorded = async () =>
      (await ctx.db.outbox.findFirst({ where: { channel: 'teams', urgent: true } }))?.status === 'sent';
    expect(await until(recorded, 5_000)).toBe(true);
  });

  it('a hung Teams connector does not hold up texts', async () => {
    t.connector.failNext('hang');
    const conversation = { id: sam.chatId };
    await enqueue(
      ctx.db,
      {
        dedupeKey: 'card-1',
        channel: 'teams',
        target: sam.chatId,
        payload: { text: 'A note for Sam', reference: { conversation, serviceUrl: t.connector.url } },
      },
      t.clock.now(),
    );
    t.app.worker.start();
    t.app.worker.wake();
    expect(await until(() => t.connector.attempts >= 1, 10_000)).toBe(true);
    await enqueue(
      ctx.db,
      { dedupeKey: 'text-1', channel: 'sms', target: '+447700900398', payload: { text: 'Hello' } },
      t.clock.now(),
    );
    t.app.worker.wake();
    expect(await until(() => t.twilio.sent.length === 1, 10_000)).toBe(true);
    expect(t.connector.texts(sam.chatId)).not.toContain('A note for Sam');
  });
});
