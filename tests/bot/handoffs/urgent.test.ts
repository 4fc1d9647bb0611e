// An urgent alert reaches a human or stays visible: with no coordinator chat open it waits (and /healthz says so),
// the coordinator who opens the chat gets it at once; Teams down for a while then back delivers it once; a restart
// between raising and sending loses nothing; waiting unacknowledged too long degrades /healthz; `queue` puts waiting
// alerts first, with their buttons.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminOn } from '../../support/admin.js';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs, FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { install, say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const MINUTE = 60_000;

describeEachDatabase('urgent alerts reach a coordinator', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  const logs: { level: number; msg: string }[] = [];

  let connector: FakeConnector;

  async function start(): Promise<TeamsTestApp> {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        logs.push(JSON.parse(line) as { level: number; msg: string });
      }
    });
    return startTeamsApp(ctx, {
      env: { LOG_LEVEL: 'warn', URGENT_RETRY_MINUTES: '2', URGENT_UNACKED_MINUTES: '30' },
      logStream: stream,
      // Sam is a coordinator but has not opened the bot's chat yet.
      staff: [{ user: sam, role: 'coordinator', installed: false }],
      connector, // kept across a restart
    });
  }

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    t = await start();
  });
  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  const health = async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    return (await res.json()) as { status: string; reasons?: string[] };
  };
  const admin = adminOn(ctx, () => t.clock.now());
  const alertCards = () => t.connector.cards(sam.chatId).filter((c) => cardVerbs(c.card).includes('safety.ack'));
  const errors = (pattern: RegExp) => logs.filter((l) => l.level >= 50 && pattern.test(l.msg));

  it('no coordinator chat open: the reply promises no more than is true, the alert waits, /healthz is degraded', async () => {
    const reply = await text(t, '+447700900301', "I've taken all my tablets");
    const words = reply.replies.join('\n');
    expect(words).toMatch(/116 123/);
    expect(words).toMatch(/pass this on to the team/);
    expect(words).not.toMatch(/letting the team know now|have let the team know/);

    await t.app.worker.runOnce();
    t.clock.advance(3 * MINUTE);
    await t.app.worker.runOnce();
    const job = await ctx.db.job.findFirstOrThrow({ where: { kind: 'safety.alert' } });
    expect(job.status).toBe('pending'); // never "done" with nobody told
    expect(job.runAt.getTime()).toBeLessThanOrEqual(t.clock.now().getTime() + 2 * MINUTE); // not Monday 09:00
    expect(alertCards()).toHaveLength(0);
    expect(errors(/URGENT safety alert not delivered/).length).toBeGreaterThanOrEqual(2);

    const body = await health();
    expect(body.status).toBe('degraded');
    expect(body.reasons?.join('\n')).toMatch(/no coordinator can be reached/);
    expect(body.reasons?.join('\n')).toMatch(/1 urgent safety alert has not reached any coordinator/);
  });

  it('the coordinator opens the chat: the waiting alert arrives at once, and /healthz is ok again', async () => {
    await install(t, t.connector, sam);
    await t.app.worker.runOnce();
    expect(alertCards()).toHaveLength(1);
    expect(cardText(alertCards()[0]?.card ?? {})).toMatch(/URGENT/);
    t.clock.advance(2 * MINUTE);
    await t.app.worker.runOnce();
    expect(alertCards()).toHaveLength(1); // received: not posted again until the re-send is due
    expect(await health()).toEqual(expect.objectContaining({ status: 'ok' }));

    // Now a coordinator can be reached, the crisis reply says the team is being told.
    const reply = await text(t, '+447700900302', 'I want to end it all tonight');
    expect(reply.replies.join('\n')).toMatch(/letting the team know now/);
    await t.app.worker.runOnce();
    expect(alertCards()).toHaveLength(2);
  });

  it('queue lists unacknowledged urgent alerts first, each with its buttons; so does `admin queue`', async () => {
    const turn = await say(t, t.connector, sam, 'queue');
    expect(turn.replies[0]).toMatch(/^2 urgent safety alerts nobody has acknowledged yet:/);
    expect(turn.cards).toHaveLength(2);
    for (const card of turn.cards) expect(cardVerbs(card)).toContain('safety.ack');

    const queue = await admin('queue');
    expect(queue.code).toBe(0);
    expect(queue.out).toMatch(/^2 urgent safety alerts nobody has acknowledged yet:\n1\. URGENT: Someone/);

    const alerts = await admin('alerts');
    expect(alerts.code).toBe(0);
    expect(alerts.out).toMatch(
      /^2 urgent safety alerts nobody has acknowledged yet:\n1\. URGENT: [^\n]*not acknowledged\n2\. URGENT: [^\n]*not acknowledged\n\nNone acknowledged in the last 30 days\.$/,
    );
  });

  it('an alert unacknowledged past URGENT_UNACKED_MINUTES degrades /healthz until someone acknowledges', async () => {
    t.clock.advance(31 * MINUTE);
    const body = await health();
    expect(body.status).toBe('degraded');
    expect(body.reasons?.join('\n')).toMatch(/2 urgent safety alerts have waited more than 30 minutes/);
    for (const event of await ctx.db.safetyEvent.findMany({ where: { acknowledgedAt: null } })) {
      await tap(t, t.connector, sam, 'safety.ack', { safetyEventId: event.id });
    }
    expect((await health()).status).toBe('ok');
  });

  it('`admin alerts` says nothing is waiting, then lists the acknowledged ones with who and how long', async () => {
    const run = await admin('alerts');
    expect(run.code).toBe(0);
    const [first, ...rest] = run.out.split('\n');
    expect(first).toBe('No urgent safety alert is waiting for a coordinator.');
    expect(rest.join('\n')).toMatch(
      /^\n2 urgent safety alerts acknowledged in the last 30 days, latest first:\n1\. Someone \(Text message\), alert at .*, acknowledged by Sam after \d+ minutes\n2\. .*acknowledged by Sam after \d+ minutes$/,
    );

    // A new alert comes in: it is listed first, the acknowledged ones below it.
    await text(t, '+447700900399', 'I want to end it all tonight');
    await t.app.worker.runOnce();
    const both = await admin('alerts');
    expect(both.out).toMatch(
      /^1 urgent safety alert nobody has acknowledged yet:\n1\. URGENT: [^\n]*not acknowledged\n\n2 urgent safety alerts acknowledged in the last 30 days, latest first:\n/,
    );
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone: '+447700900399' } } });
    await tap(t, t.connector, sam, 'safety.ack', { safetyEventId: event.id });
    expect((await admin('alerts')).out).toMatch(/\n\n3 urgent safety alerts acknowledged in the last 30 days/);
  });

  it('Teams down for a while, then back: the alert is delivered once, and each failed try is logged as an error', async () => {
    await t.app.worker.runOnce(); // the acknowledged cards' updates go first, while Teams is still up
    // Several tries fail (botbuilder retries a 502 itself too); the alert's own retry keeps the send going.
    t.connector.failNext(...Array.from({ length: 6 }, () => ({ status: 502 })));
    const before = alertCards().length;
    const failedBefore = errors(/send will be retried|send given up/).length;
    await text(t, '+447700900303', 'I have the rope ready');
    for (let i = 0; i < 15 && alertCards().length === before; i++) {
      await t.app.worker.runOnce();
      t.clock.advance(2 * MINUTE);
    }
    await t.app.worker.runOnce();
    expect(alertCards().length).toBe(before + 1);
    expect(errors(/send will be retried|send given up/).length).toBeGreaterThan(failedBefore);
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone: '+447700900303' } } });
    await tap(t, t.connector, sam, 'safety.ack', { safetyEventId: event.id });
  });

  it('stopped between raising an alert and sending it: the next start sends it', async () => {
    await text(t, '+447700900304', 'i am going to kill myself');
    const before = alertCards().length;
    const at = t.clock.now();
    await t.close(); // nothing ran: the alert is only in the database
    t = await start();
    t.clock.set(at);
    await t.app.worker.runOnce();
    expect(alertCards().length).toBe(before + 1);
  });
});
