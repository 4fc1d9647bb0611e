// A person's message in Teams is stored before the bot replies; when Teams does not take the reply (an outage), the
// reply still reaches them through the outbox, and a crisis reply goes in the urgent lane.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { say, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('Teams replies through an outage', (ctx) => {
  let t: TeamsTestApp;
  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx);
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
    const sam = teamsUser('Sam');
    t.connector.failNext({ status: 502 });
    expect((await say(t, t.connector, sam, 'hi')).status).toBe(200);
    await t.app.worker.runOnce();
    expect(t.connector.texts(sam.chatId).join('\n')).toMatch(/peer support/i);
    const rows = await ctx.db.outbox.findMany({ where: { target: sam.chatId } });
    expect(rows.map((r) => [r.status, r.urgent])).toEqual(rows.map(() => ['sent', false]));
  });
});
