// Crisis in a live chat, and reaching a person from an alert: the person in a relay gets the crisis numbers without
// "carry on" and their coordinator gets their words marked urgent, while nobody is offered a Claim that would take
// them away; an alert for someone with no handoff offers "Open a chat", which claims them for whoever taps first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { invokeCard, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('urgent messages and live chats', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  const jo = teamsUser('Jo');

  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      staff: [
        { user: sam, role: 'coordinator' },
        { user: jo, role: 'coordinator' },
      ],
    });
  });
  afterAll(() => t.close());

  const alertCard = (chatId: string) =>
    t.connector
      .cards(chatId)
      .filter((c) => cardVerbs(c.card).includes('safety.ack'))
      .at(-1);

  it('in a live chat: the crisis numbers without "carry on", the words marked urgent for Sam, no Claim for anyone', async () => {
    const phone = '+447700900321';
    await text(t, phone, 'talk to someone');
    await t.app.worker.runOnce();
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone } } });
    await tap(t, t.connector, sam, 'handoff.claim', { handoffId: handoff.id });
    await t.app.worker.runOnce();

    const reply = (await text(t, phone, 'I have the pills in my hand, I am going to take them all')).replies.join('\n');
    expect(reply).toMatch(/116 123/);
    expect(reply).toMatch(/Your coordinator gets this message too/);
    expect(reply).not.toMatch(/carry on/);
    await t.app.worker.runOnce();

    expect(t.connector.texts(sam.chatId).at(-1)).toMatch(/^\*\*URGENT, safety alert: .*I have the pills in my hand/s);
    for (const chat of [sam.chatId, jo.chatId]) {
      const card = alertCard(chat)?.card ?? {};
      expect(cardVerbs(card)).toEqual(['safety.ack']);
      expect(cardText(card)).toMatch(/Sam is already talking with them/);
    }
  });

  it('a danger standing while its alert waits: a timed note that the urgent alert is still waiting, no second card', async () => {
    const phone = '+447700900323';
    await text(t, phone, 'hi');
    await text(t, phone, 'yes');
    await text(t, phone, 'got the car running in the garage with the door shut');
    await t.app.worker.runOnce();
    const cards = t.connector.cards(sam.chatId).length;
    t.clock.advance(60_000);
    await text(t, phone, 'can i have a male mentor');
    await t.app.worker.runOnce();
    expect(t.connector.texts(sam.chatId).at(-1)).toMatch(/texted again .*urgent safety alert is still waiting/s);
    expect(t.connector.cards(sam.chatId).length).toBe(cards);
  });

  it('no handoff: "Open a chat" starts a relay for whoever taps first; the other is told who has it', async () => {
    const phone = '+447700900322';
    await text(t, phone, 'hi');
    await text(t, phone, 'yes');
    await text(t, phone, "I'm going to end my life tonight");
    await t.app.worker.runOnce();
    const card = alertCard(jo.chatId);
    expect(cardVerbs(card?.card ?? {})).toEqual(['safety.ack', 'safety.chat']);
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone } } });

    const opened = await tap(t, t.connector, jo, 'safety.chat', { safetyEventId: event.id });
    expect(opened.replies.join('\n') + JSON.stringify(opened.body)).toMatch(/You're now talking with/);
    const late = await tap(t, t.connector, sam, 'safety.chat', { safetyEventId: event.id });
    expect(late.replies.join('\n') + JSON.stringify(late.body)).toMatch(/Jo has already (claimed|acknowledged)/);
    await t.app.worker.runOnce();

    const handoff = await ctx.db.handoff.findFirstOrThrow({
      where: { person: { phone } },
      include: { claimedBy: true },
    });
    expect([handoff.status, handoff.reason, handoff.claimedBy?.name]).toEqual(['claimed', 'safety', 'Jo']);
    expect(t.twilio.to(phone).at(-1)).toMatch(/Jo/); // the person hears a coordinator has them
    expect(await ctx.db.handoff.count({ where: { person: { phone } } })).toBe(1);

    // What they write now goes to Jo, and Jo's words go back by text.
    await text(t, phone, 'thank you');
    await t.app.worker.runOnce();
    expect(t.connector.texts(jo.chatId).at(-1)).toMatch(/thank you/);

    // Jo records how the follow-up went: everyone's copy of the alert shows it, and it is in the audit trail.
    t.clock.advance(20 * 60_000);
    const saved = await tap(t, t.connector, jo, 'safety.followup', { safetyEventId: event.id, followUp: 'reached' });
    expect(cardText(invokeCard(saved) ?? {})).toMatch(/Follow-up: Reached them \(Jo, /);
    await t.app.worker.runOnce();
    const posted = await ctx.db.postedCard.findFirstOrThrow({
      where: { subjectType: 'safety', subjectId: event.id, conversationId: sam.chatId },
    });
    const samCopy = posted.activityId ?? '';
    expect(cardText(t.connector.updatesOf(samCopy).at(-1) ?? {})).toMatch(/Follow-up: Reached them/);
    expect(cardVerbs(t.connector.updatesOf(samCopy).at(-1) ?? {})).toEqual([]);
    const line = await ctx.db.auditEvent.findFirstOrThrow({
      where: { action: 'safety.followup', subjectId: event.id },
    });
    expect(line.detail).toEqual({ outcome: 'reached' });
  });

  it('a follow-up must say what happened', async () => {
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone: '+447700900321' } } });
    const turn = await tap(t, t.connector, sam, 'safety.followup', { safetyEventId: event.id });
    expect(turn.replies.join('\n') + JSON.stringify(turn.body)).toMatch(/Choose what happened/);
    expect(await ctx.db.auditEvent.count({ where: { action: 'safety.followup', subjectId: event.id } })).toBe(0);
  });
});
