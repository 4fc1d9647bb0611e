// A mentee who uses Teams asks us to delete their data after a coordinator has talked with them, over the real paths:
// before, the app reads everything and the database as stored holds none of it (their Teams user id included); after
// "yes" nothing about them is left anywhere, the coordinator's messages relayed into the mentee's own Teams chat are
// replaced with a line saying they were removed (and the rows that did it deleted once sent), and the mentee's words
// relayed into the coordinator's chat are replaced too. Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import type { FakeConnector } from '../../support/fake-connector.js';
import { personalValuesIn, personalValuesReadable } from '../../support/personal-data.js';
import { say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const MIA = teamsUser('Mia Fennimore', '3e9d7c1a-5b2f-4c8e-9a6d-7f0e1b2c3d4e');
const FROM_SAM = 'Hi Mia, Sam here about the kayak';
const FROM_MIA = 'my kayak sank at Clevedon';
/** Everything personal about Mia: none of it may survive erasure. */
const PERSONAL = [MIA.aadObjectId, 'Fennimore', 'kayak', 'Clevedon'];

describeEachDatabase('erasure of a mentee who uses Teams', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam Coordinator');

  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator', name: 'Sam' }] });
    connector = t.connector;
  });
  afterAll(() => t.close());

  it('Mia asks for a person on Teams, Sam claims her, and they talk', async () => {
    await say(t, connector, MIA, 'can I talk to someone please');
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { teamsUserId: MIA.aadObjectId } } });
    await t.app.worker.runOnce();
    const card = connector.cards(sam.chatId)[0]?.id ?? '';
    await tap(t, connector, sam, 'handoff.claim', { handoffId: handoff.id }, { cardActivityId: card });
    await t.app.worker.runOnce();

    await say(t, connector, sam, FROM_SAM);
    await t.app.worker.runOnce();
    expect(connector.texts(MIA.chatId)).toContain(FROM_SAM);
    await say(t, connector, MIA, FROM_MIA);
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).join('\n')).toContain(FROM_MIA);

    expect(await personalValuesReadable(ctx.db, PERSONAL)).toEqual(PERSONAL);
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
  });

  it('after "yes" nothing about her is left, and the relayed messages in both chats are replaced', async () => {
    const toMia = connector.calls.find(
      (c) => c.kind === 'send' && c.conversationId === MIA.chatId && c.activity.text === FROM_SAM,
    );
    const toSam = connector.calls.find(
      (c) => c.kind === 'send' && c.conversationId === sam.chatId && c.activity.text?.includes(FROM_MIA),
    );
    expect(toMia?.id).toBeTruthy();
    expect(toSam?.id).toBeTruthy();

    expect((await say(t, connector, MIA, 'delete my data')).replies.join('\n')).toMatch(/delete everything/i);
    const ours = connector.calls.filter((c) => c.kind === 'send' && c.conversationId === MIA.chatId).map((c) => c.id);
    expect(ours.length).toBeGreaterThan(2);
    expect((await say(t, connector, MIA, 'yes')).replies.join('\n')).toMatch(/deleted what you told us/i);
    const confirmation = connector.calls.at(-1)?.id;
    await t.app.worker.runOnce();
    await t.app.worker.runOnce();

    const updates = (id: string | undefined) =>
      connector.calls.filter((c) => c.kind === 'update' && c.activityId === id);
    const removed = [MIA.chatId, 'This message was removed when we deleted your details.'];
    for (const id of ours) expect(updates(id).map((c) => [c.conversationId, c.activity.text])).toEqual([removed]);
    expect(ours).toContain(toMia?.id);
    expect(updates(confirmation)).toEqual([]);
    expect(updates(toSam?.id).at(-1)?.activity.text).toMatch(/This message has been removed/);

    expect(await personalValuesReadable(ctx.db, PERSONAL)).toEqual([]);
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
    expect(await ctx.db.person.count()).toBe(0);
    expect(await ctx.db.outbox.count({ where: { dedupeKey: { startsWith: 'erase:own-chat:' } } })).toBe(0);
  });
});
