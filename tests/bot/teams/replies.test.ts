// A person's message in Teams is stored before the bot replies; when Teams does not take the reply (an outage), the
// reply still reaches them through the outbox, and a crisis reply goes in the urgent lane. A coordinator's claim in an
// outage is saved and answered with its card; the note that follows comes from the outbox.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { invokeCard, say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('Teams replies through an outage', (ctx) => {
  let t: TeamsTestApp;
  const alex = teamsUser('Alex');
  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, { staff: [{ user: alex, role: 'coordinator' }] });
  });
  afterAll(() => t.close());

  it('a crisis message whose reply Teams refuses still gets the crisis lines, from the urgent lane', async () => {
    const jo = teamsUser('Jo');
    t.connector.failNext({ status: 503 });
    const turn = await say(t, t.connector, jo, 'i want to kill myself tonight');
    expect(turn.status).toBe(200);
    expect(turn.replies).toEqual([]);
    const queued = await ctx.db.outbox.findMany({ where: { target: jo.chatId } });
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((row) => row.urgent)).toBe(true);

    await t.app.worker.runOnce();
    expect(t.connector.texts(jo.chatId).join('\n')).toMatch(/116 123/);
    expect(await ctx.db.message.count({ where: { direction: 'in', person: { teamsUserId: jo.aadObjectId } } })).toBe(1);
  });

  it('an everyday message whose reply Teams refuses is answered from the outbox', async () => {
    const kit = teamsUser('Kit');
    t.connector.failNext({ status: 502 });
    expect((await say(t, t.connector, kit, 'hi')).status).toBe(200);
    await t.app.worker.runOnce();
    expect(t.connector.texts(kit.chatId).join('\n')).toMatch(/peer support/i);
    const rows = await ctx.db.outbox.findMany({ where: { target: kit.chatId } });
    expect(rows.map((r) => [r.status, r.urgent])).toEqual(rows.map(() => ['sent', false]));
  });

  it("a coordinator's claim while Teams is down is saved and answered with its card; the note follows", async () => {
    const phone = '+447700900611';
    await text(t, phone, 'can I talk to someone');
    await t.app.worker.runOnce();
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone } } });
    const card = t.connector.lastCard(alex.chatId, 'Nobody has claimed this yet');
    t.connector.failNext({ status: 503 });
    const turn = await tap(
      t,
      t.connector,
      alex,
      'handoff.claim',
      { handoffId: handoff.id },
      { cardActivityId: card.id },
    );
    expect(turn.status).toBe(200);
    expect(cardText(invokeCard(turn) ?? {})).toContain('Claimed by Alex');
    expect((await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoff.id } })).status).toBe('claimed');
    await t.app.worker.runOnce();
    expect(t.connector.texts(alex.chatId).join('\n')).toMatch(/You're now talking with/);
  });
});
