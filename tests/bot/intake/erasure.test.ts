// "Delete my data" in the middle of a live relay, over the real paths: the words are acted on, not relayed; before,
// everything is readable by the app and nothing in the database as stored (encryption at rest: on SQLite the file's
// bytes, write-ahead log checkpointed; on PostgreSQL every row); after "yes" nothing about the person is left anywhere
// (every table, sent outbox rows and finished jobs included), the coordinator who had them is told, the relayed texts in their
// Teams chat are replaced, and Twilio is asked to delete every copy of the person's texts in its log: theirs, ours
// sent through the API, and the replies given in the webhooks' TwiML answers, whose SIDs we only find by listing the
// log for their number (the reply confirming the erasure included). Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { personalValuesIn, personalValuesReadable } from '../../support/personal-data.js';
import { cardText, type FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const PHONE = '+447700900777';
/** Everything personal this person or their coordinator wrote: none of it may survive erasure. */
const PERSONAL = [
  PHONE,
  '7700900777',
  'Zebedee',
  'lighthouse keeper',
  'marmalade club',
  'learn the ukulele',
  'my quokka ran away',
  'Sam here about the quokka',
];

describeEachDatabase('erasure during a live relay leaves nothing behind', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam Coordinator');
  let handoffId = '';
  let cardId = '';

  beforeAll(async () => {
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator', name: 'Sam' }] });
    connector = t.connector;
  });
  afterAll(() => t.close());

  it('a person finishes the questions, Sam claims them, and they talk', async () => {
    // Answers by what the bot asks, so the journey does not depend on the order of the questions.
    const answers: [RegExp, string][] = [
      [/read what you told us/i, 'no'],
      [/\bSEND\b/, 'send'],
      [/18 or over/i, 'yes'],
      [/live in Somerset/i, 'yes'],
      [/YES or NO/, 'yes'],
      [/town or area/i, 'Taunton'],
      [/call you/i, 'Zebedee'],
      [/how old/i, '34'],
      [/going on for you/i, 'I used to be a lighthouse keeper'],
      [/help with/i, 'the marmalade club'],
      [/another goal/i, 'done'],
      [/work towards/i, 'learn the ukulele'],
      [/how would you like to meet/i, 'in person'],
      [/days or times/i, 'weekday mornings'],
      [/easier/i, 'nothing thanks'],
      [/in a mentor/i, 'someone kind'],
    ];
    let said = 'hi';
    for (let turn = 0; turn < 25; turn++) {
      const reply = (await text(t, PHONE, said)).replies.join('\n');
      t.clock.advance(60_000);
      if (said === 'send') break;
      said = answers.find(([asked]) => asked.test(reply))?.[1] ?? 'skip';
    }
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: PHONE } } });
    handoffId = handoff.id;
    expect(JSON.stringify(handoff.profile)).toContain('lighthouse keeper');
    await t.app.worker.runOnce();
    cardId = connector.cards(sam.chatId)[0]?.id ?? '';
    await tap(t, connector, sam, 'handoff.claim', { handoffId }, { cardActivityId: cardId });
    await t.app.worker.runOnce();

    await text(t, PHONE, 'my quokka ran away');
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).at(-1)).toContain('my quokka ran away');
    await say(t, connector, sam, 'Hi Zebedee, Sam here about the quokka');
    await t.app.worker.runOnce();
    expect(t.twilio.to(PHONE).at(-1)).toBe('Hi Zebedee, Sam here about the quokka');
    // Nothing has gone yet: the app reads all of it (the check below would find everything), but the database, as
    // stored, holds none of it: it is encrypted at rest.
    expect(await personalValuesReadable(ctx.db, PERSONAL)).toEqual(PERSONAL);
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
  });

  it('"delete my data" mid-relay is acted on, not passed to Sam', async () => {
    const before = connector.texts(sam.chatId).length;
    const asked = await text(t, PHONE, 'delete my data');
    expect(asked.replies.join('\n')).toMatch(/delete/i);
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).slice(before).join('\n')).not.toMatch(/delete my data/);
  });

  it('after "yes" nothing about them is left, and Sam, Teams and Twilio all hear of it', async () => {
    const relayed = connector.calls.find(
      (c) => c.kind === 'send' && c.conversationId === sam.chatId && c.activity.text?.includes('my quokka ran away'),
    );
    const smsSids = (await ctx.db.message.findMany({ where: { person: { phone: PHONE } } })).flatMap((m) =>
      m.providerId?.startsWith('sms:') ? [m.providerId.slice(4)] : [],
    );
    expect(smsSids.length).toBeGreaterThan(10);

    const done = await text(t, PHONE, 'yes');
    expect(done.status).toBe(200);
    await t.app.worker.runOnce();
    await t.app.worker.runOnce();
    // The job deleting Twilio's copies waits for the reply to "yes" to be in Twilio's log.
    expect(t.twilio.deleted).toEqual([]);
    t.clock.advance(3 * 60_000);
    await t.app.worker.runOnce();

    expect(await personalValuesReadable(ctx.db, PERSONAL)).toEqual([]);
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
    expect(await ctx.db.person.count()).toBe(0);
    expect(await ctx.db.handoff.count()).toBe(0);
    expect(await ctx.db.outbox.count({ where: { handoffId } })).toBe(0);

    expect(connector.texts(sam.chatId).join('\n')).toMatch(/Someone you had claimed asked us to delete their details/);
    expect(connector.updatesOf(cardId).map(cardText).at(-1)).toContain('Details deleted');
    const replaced = connector.calls.filter((c) => c.kind === 'update' && c.activityId === relayed?.id);
    expect(replaced.at(-1)?.activity.text).toMatch(/This message has been removed/);
    const replies = t.twilio.logged.filter((m) => m.direction === 'outbound-reply' && m.to === PHONE);
    expect(replies.length).toBeGreaterThan(10);
    expect(replies.at(-1)?.body).toMatch(/deleted/i);
    expect(new Set(t.twilio.deleted)).toEqual(new Set(t.twilio.sidsOf(PHONE)));
    expect(t.twilio.deleted).toEqual(expect.arrayContaining([...smsSids, ...replies.map((m) => m.sid)]));

    const line = await ctx.db.auditEvent.findFirstOrThrow({ where: { action: 'person.erased' } });
    expect(line.detail).toEqual({ reason: 'erase-request' });
  });
});
