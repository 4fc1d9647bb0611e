// Who may do what in Teams: coordinators only for handoff verbs; a mentor is refused; a mentee on Teams gets the
// same journey as SMS and can never trigger a staff verb; staff get the safety net too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs, type FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import {
  invokeCard,
  invokeMessage,
  say,
  startTeamsApp,
  submit,
  tap,
  teamsUser,
  type TeamsTestApp,
} from '../../support/teams.js';

describeEachDatabase('roles in Teams', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam');
  const max = teamsUser('Max');
  const mia = teamsUser('Mia');
  let handoffId = '';

  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      staff: [
        { user: sam, role: 'coordinator' },
        { user: max, role: 'mentor' },
      ],
    });
    connector = t.connector;
    await text(t, '+447700900301', 'talk to someone');
    handoffId = (await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: '+447700900301' } } })).id;
    await t.app.worker.runOnce();
  });
  afterAll(() => t.close());

  it.each<[string, 'mentor' | 'mentee', string, Record<string, string>, RegExp]>([
    ['a mentor taps Claim', 'mentor', 'handoff.claim', {}, /Only coordinators can do that/],
    ['a mentor taps Close', 'mentor', 'handoff.close', { outcome: 'matched' }, /Only coordinators can do that/],
    ['a mentor taps Acknowledge', 'mentor', 'safety.ack', { safetyEventId: 'x' }, /Only coordinators can do that/],
    ['a mentee taps Claim', 'mentee', 'handoff.claim', {}, /that button is for the Peer Connections team/],
    ['a mentee taps a mentor verb', 'mentee', 'referral.share', {}, /that button is for the Peer Connections team/],
  ])('%s: refused, nothing changes', async (_title, who, verb, data, pattern) => {
    const user = who === 'mentor' ? max : mia;
    const turn = await tap(t, connector, user, verb, { handoffId, ...data });
    expect(invokeMessage(turn) ?? turn.replies.join('\n')).toMatch(pattern);
    expect(invokeCard(turn)).toBeNull();
    const row = await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
    expect([row.status, row.claimedById]).toEqual(['open', null]);
  });

  it('a mentor using an Action.Submit button is refused too', async () => {
    const turn = await submit(t, connector, max, 'handoff.claim', { handoffId });
    expect(turn.replies.join('\n')).toMatch(/Only coordinators can do that/);
  });

  it('mentors never get handoff cards', () => {
    expect(connector.cards(max.chatId)).toEqual([]);
    expect(connector.cards(sam.chatId).some((c) => cardVerbs(c.card).includes('handoff.claim'))).toBe(true);
  });

  it('a mentee on Teams goes through the same journey as SMS', async () => {
    const turn = await say(t, connector, mia, 'hi');
    expect(turn.replies.join('\n')).toMatch(/Peer Connections/);
    const person = await ctx.db.person.findUniqueOrThrow({ where: { teamsUserId: mia.aadObjectId } });
    expect(person.teamsRef).not.toBeNull();
  });

  it('a mentor in distress gets the crisis numbers, and the coordinators an alert', async () => {
    const turn = await say(t, connector, max, "I can't go on, I want to end my life");
    expect(turn.replies.join('\n')).toMatch(/116 123/);
    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { staffId: { not: null } } });
    expect(event.level).toBe('urgent');
    await t.app.worker.runOnce();
    const alert = connector.cards(sam.chatId).find((c) => cardVerbs(c.card).includes('safety.ack'));
    expect(alert && cardText(alert.card)).toMatch(/Max \(staff\) may be at risk/);
  });

  it('a coordinator writing with nobody to talk to is told so', async () => {
    const turn = await say(t, connector, sam, 'Hello?');
    expect(turn.replies.join('\n')).toMatch(/not talking with anyone right now/);
  });

  it('relays both ways with a mentee on Teams', async () => {
    await say(t, connector, mia, 'talk to someone');
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { teamsUserId: mia.aadObjectId } } });
    await t.app.worker.runOnce();
    await tap(t, connector, sam, 'handoff.claim', { handoffId: handoff.id });
    await say(t, connector, sam, 'Hi Mia, Sam here.');
    await t.app.worker.runOnce();
    expect(connector.texts(mia.chatId)).toContain('Hi Mia, Sam here.');
    const reply = await say(t, connector, mia, 'Hi Sam!');
    expect(reply.replies).toEqual([]);
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).at(-1)).toMatch(/Hi Sam!/);

    // Safety advice from the coordinator reaches the person as written, with no crisis reply or alert about Sam.
    const alerts = await ctx.db.safetyEvent.count({ where: { staffId: { not: null } } });
    const advice = await say(t, connector, sam, 'If you ever feel like ending your life tonight, please call 999.');
    expect(advice.replies.join('\n')).not.toMatch(/116 123/);
    await t.app.worker.runOnce();
    expect(connector.texts(mia.chatId).at(-1)).toMatch(/ending your life tonight, please call 999/);
    expect(await ctx.db.safetyEvent.count({ where: { staffId: { not: null } } })).toBe(alerts);
  });
});
