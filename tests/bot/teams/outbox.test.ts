// Teams proactive sends go through the persisted outbox: retried with backoff on connector 500s and timeouts,
// nothing lost and nothing sent twice across a restart mid-retry or a hung connection, and a chat the bot was
// removed from is dropped. The connector client tries each request once: the outbox alone retries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../../bot/clock.js';
import { createLogger } from '../../../bot/logger.js';
import { createAdapter } from '../../../bot/teams/adapter.js';
import { createTeamsSender } from '../../../bot/teams/sender.js';
import { enqueue } from '../../../bot/work/outbox.js';
import { Worker } from '../../../bot/work/worker.js';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { startTeamsApp, teamsUser } from '../../support/teams.js';

const SECOND = 1_000;

describeEachDatabase('the Teams outbox', (ctx) => {
  let t: TestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam');

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    t = await startTeamsApp(ctx, { connector, staff: [{ user: sam, role: 'coordinator' }] });
  });
  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  // The connector client tries each request once (the outbox is the one retry policy).
  const outage = () => connector.failNext({ status: 500 });

  it('keeps a card through a Teams outage and delivers it once, after backoff', async () => {
    outage();
    await text(t, '+447700900401', 'talk to someone');
    await t.app.worker.runOnce();
    expect(connector.cards(sam.chatId)).toHaveLength(0);
    await t.app.worker.runOnce(); // not due yet: backoff
    expect(connector.cards(sam.chatId)).toHaveLength(0);
    t.clock.advance(7 * SECOND);
    await t.app.worker.runOnce();
    expect(connector.cards(sam.chatId)).toHaveLength(1);
    const row = await ctx.db.outbox.findFirstOrThrow({
      where: { target: sam.chatId, dedupeKey: { startsWith: 'card:handoff:' } },
    });
    expect([row.status, row.attempts]).toEqual(['sent', 2]);
  });

  it('sends nothing twice after a restart in the middle of a retry', async () => {
    outage();
    await text(t, '+447700900402', 'talk to someone');
    await t.app.worker.runOnce();
    const cardsBefore = connector.cards(sam.chatId).length;
    await t.close();

    t = await startTestApp(ctx); // a new process on the same database, its clock back at the start
    t.clock.advance(7 * SECOND);
    await t.app.worker.runOnce();
    await t.app.worker.runOnce();
    t.clock.advance(3600 * SECOND);
    await t.app.worker.runOnce();
    expect(connector.cards(sam.chatId)).toHaveLength(cardsBefore + 1);
    expect(await ctx.db.outbox.count({ where: { status: { not: 'sent' } } })).toBe(0);
  });

  it("tries the connector once per outbox attempt: a 503 is not retried behind the outbox's back", async () => {
    const before = connector.attempts;
    connector.failNext({ status: 503 });
    await text(t, '+447700900404', 'talk to someone');
    await t.app.worker.runOnce();
    expect(connector.attempts - before).toBe(1);
    const row = await ctx.db.outbox.findFirstOrThrow({ where: { target: sam.chatId, status: 'pending' } });
    expect(row.lastError).toMatch(/HTTP 503/);
    t.clock.advance(7 * SECOND);
    await t.app.worker.runOnce();
    expect(connector.attempts - before).toBe(2);
  });

  /** Puts a sent card's outbox row back as a worker that died during the send leaves it, then "restarts". */
  async function dieDuringSend(phone: string): Promise<{ id: string; activityId: string }> {
    await text(t, phone, 'talk to someone');
    await t.app.worker.runOnce();
    const row = await ctx.db.outbox.findFirstOrThrow({
      where: { target: sam.chatId, dedupeKey: { startsWith: 'card:handoff:' }, status: 'sent' },
      orderBy: { createdAt: 'desc' },
    });
    const past = new Date(t.clock.now().getTime() - SECOND);
    await ctx.db.outbox.update({
      where: { id: row.id },
      data: { status: 'sending', lockedUntil: past, inFlightSince: past, sentAt: null },
    });
    const at = t.clock.now();
    await t.close();
    t = await startTestApp(ctx);
    t.clock.set(new Date(at.getTime() + 120 * SECOND)); // the lease has run out
    return { id: row.id, activityId: (row.providerId ?? '').replace(/^teams:/, '') };
  }

  it('a card posted and recorded just before the process died is updated in place after the restart', async () => {
    const before = connector.cards(sam.chatId).length;
    const { id, activityId } = await dieDuringSend('+447700900405');
    expect(connector.cards(sam.chatId)).toHaveLength(before + 1);
    await t.app.worker.runOnce();
    expect(connector.cards(sam.chatId)).toHaveLength(before + 1);
    expect(connector.calls.filter((c) => c.kind === 'update' && c.activityId === activityId)).toHaveLength(1);
    expect((await ctx.db.outbox.findUniqueOrThrow({ where: { id } })).status).toBe('sent');
  });

  it('a card posted with no record of it before the process died is not posted again: it is marked unknown', async () => {
    const before = connector.cards(sam.chatId).length;
    const { id, activityId } = await dieDuringSend('+447700900406');
    await ctx.db.postedCard.deleteMany({ where: { activityId } }); // died before the id was written down
    await t.app.worker.runOnce();
    expect(connector.cards(sam.chatId)).toHaveLength(before + 1);
    const row = await ctx.db.outbox.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.lastError]).toEqual(['unknown', expect.stringMatching(/not reposted/)]);
  });

  it('gives up on a chat the bot was removed from (403) and stops notifying it', async () => {
    connector.failNext({ status: 403 });
    await text(t, '+447700900403', 'talk to someone');
    await t.app.worker.runOnce();
    const channel = await ctx.db.staffChannel.findUniqueOrThrow({ where: { conversationId: sam.chatId } });
    expect(channel.removedAt).not.toBeNull();
    expect(await ctx.db.outbox.count({ where: { status: 'dead' } })).toBe(1);
  });

  it('times out a connector that hangs, and retries', async () => {
    const clock = new ManualClock();
    const log = createLogger('silent');
    const { adapter, appId } = createAdapter({ ...t.config, sendTimeoutMs: 300 }, log, () => Promise.resolve());
    const sender = createTeamsSender({
      adapter,
      appId,
      db: ctx.db,
      now: () => clock.now(),
      render: () => Promise.resolve(null),
      renderForStaff: () => Promise.resolve(null),
      cardWhenGone: () => null,
      timeoutMs: 300,
    });
    const worker = new Worker({ db: ctx.db, clock, log, intervalMs: 60_000 });
    worker.useSender('teams', sender);
    const reference = {
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: { id: 'a:hang-test' },
      bot: { id: '28:bot' },
    };
    await enqueue(
      ctx.db,
      {
        dedupeKey: 'hang-test',
        channel: 'teams',
        target: 'a:hang-test',
        payload: { text: 'Are you there?', reference },
      },
      clock.now(),
    );
    connector.failNext('hang');
    await worker.runOnce();
    const afterHang = await ctx.db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'hang-test' } });
    expect([afterHang.status, afterHang.lastError]).toEqual([
      'pending',
      expect.stringMatching(/did not answer within 300 ms/),
    ]);
    // The abandoned request's connection drops. botbuilder's own retry would post it again about a second later.
    connector.dropHung();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    clock.advance(7 * SECOND);
    await worker.runOnce();
    expect(connector.texts('a:hang-test')).toEqual(['Are you there?']);
  });
});
