// The coordinators' main path over HTTP against the fakes: a handoff from the SMS journey reaches a coordinator's
// Teams chat as a card; Claim, the relay both ways, an urgent message mid-relay, and Close.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs, type FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { install, invokeCard, say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const PHONE = '+447700900123';

describeEachDatabase('a handoff from SMS, handled in Teams', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam Coordinator');

  beforeAll(async () => {
    // Sam is registered; installing the app is the first thing the test does.
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator', name: 'Sam', installed: false }] });
    connector = t.connector;
  });
  afterAll(() => t.close());

  let handoffId = '';
  let cardId = '';

  it('welcomes a coordinator who installs the app and keeps their chat for notifications', async () => {
    const turn = await install(t, connector, sam);
    expect(turn.status).toBe(200);
    expect(turn.replies.join('\n')).toMatch(/New handoffs and safety alerts will come to this chat/);
  });

  it('posts a card to the coordinator when a person asks for a human by text', async () => {
    const reply = await text(t, PHONE, 'Can I talk to someone');
    expect(reply.status).toBe(200);
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: PHONE } } });
    handoffId = handoff.id;
    await t.app.worker.runOnce();
    const cards = connector.cards(sam.chatId);
    expect(cards).toHaveLength(1);
    cardId = cards[0]?.id ?? '';
    const card = cards[0]?.card ?? {};
    expect(cardText(card)).toContain('Nobody has claimed this yet');
    expect(cardText(card)).toContain(PHONE); // a coordinator's own chat shows contact details
    expect(cardVerbs(card)).toEqual(['handoff.claim', 'handoff.close']);
  });

  it('claims: the tapped card refreshes everywhere and the relay starts', async () => {
    const turn = await tap(t, connector, sam, 'handoff.claim', { handoffId }, { cardActivityId: cardId });
    expect(turn.status).toBe(200);
    const card = invokeCard(turn);
    expect(card && cardText(card)).toContain('Claimed by Sam');
    // The mentors' section adds 'Share with mentors' once the handoff is claimed.
    expect(card && cardVerbs(card)).toEqual([
      'referral.share',
      'handoff.message',
      'handoff.return',
      'handoff.close',
      'handoff.takeover',
    ]);
    expect(turn.replies.join('\n')).toMatch(/You're now talking with/);
    await t.app.worker.runOnce();
    const conversation = await ctx.db.conversation.findFirstOrThrow({ where: { person: { phone: PHONE } } });
    expect(conversation.state).toBe('relay');
    expect(connector.updatesOf(cardId).map(cardText).join('\n')).toContain('Claimed by Sam');
  });

  it("relays the person's texts to Sam and Sam's replies back by text, the bot saying nothing itself", async () => {
    const reply = await text(t, PHONE, 'Hello, is anyone there?');
    expect(reply.replies).toEqual([]);
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).at(-1)).toContain('Hello, is anyone there?');

    const before = t.twilio.to(PHONE).length;
    const turn = await say(t, connector, sam, 'Hi, this is Sam from Peer Connections. How are you doing?');
    expect(turn.replies).toEqual([]);
    await t.app.worker.runOnce();
    expect(t.twilio.to(PHONE).slice(before)).toEqual(['Hi, this is Sam from Peer Connections. How are you doing?']);
  });

  it('an urgent text mid-relay gets the crisis reply and reaches Sam, with an urgent alert', async () => {
    const reply = await text(t, PHONE, 'I want to kill myself tonight');
    expect(reply.replies.join('\n')).toMatch(/116 123/);
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).join('\n')).toContain('I want to kill myself tonight');
    const alert = connector.cards(sam.chatId).find((c) => cardVerbs(c.card).includes('safety.ack'));
    expect(alert && cardText(alert.card)).toMatch(/URGENT/);
  });

  it('closes with an outcome: the person is told kindly and the relay ends', async () => {
    const before = t.twilio.to(PHONE).length;
    const turn = await tap(
      t,
      connector,
      sam,
      'handoff.close',
      { handoffId, outcome: 'matched' },
      { cardActivityId: cardId },
    );
    const card = invokeCard(turn);
    expect(card && cardText(card)).toContain('Closed: Matched with a mentor');
    expect(card && cardVerbs(card)).toEqual([]);
    await t.app.worker.runOnce();
    expect(t.twilio.to(PHONE).length).toBeGreaterThan(before);
    const after = await say(t, connector, sam, 'Are you still there?');
    expect(after.replies.join('\n')).toMatch(/not talking with anyone/);
  });
});
