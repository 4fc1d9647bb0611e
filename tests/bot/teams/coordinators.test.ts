// Several coordinators at once: a team channel as a queue, two coordinators racing to claim, the queue command,
// reminders while nobody claims, urgent alerts re-sent until acknowledged.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs, type FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import {
  install,
  invokeCard,
  say,
  startTeamsApp,
  tap,
  teamChannel,
  teamsUser,
  type TeamsTestApp,
} from '../../support/teams.js';

const MINUTE = 60_000;

describeEachDatabase('coordinators together', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam');
  const jo = teamsUser('Jo');
  const channel = teamChannel();

  beforeAll(async () => {
    // Monday 23 Nov 2026, 10:00 in London: working hours.
    t = await startTeamsApp(ctx, {
      env: { HANDOFF_REMIND_AFTER_MINUTES: '60', URGENT_RESEND_MINUTES: '15' },
      staff: [
        { user: sam, role: 'coordinator' },
        { user: jo, role: 'coordinator' },
      ],
    });
    connector = t.connector;
  });
  afterAll(() => t.close());

  async function newHandoff(phone: string): Promise<string> {
    await text(t, phone, 'talk to someone');
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone } } });
    await t.app.worker.runOnce();
    return handoff.id;
  }

  it('a coordinator adds the bot to a team channel: it becomes a queue without contact details', async () => {
    const turn = await install(t, connector, sam, { channel });
    expect(turn.replies.join('\n')).toMatch(/post new handoffs and safety alerts in this channel/);
    const id = await newHandoff('+447700900201');
    const [posted] = connector.cards(channel.conversationId);
    expect(posted && cardText(posted.card)).toMatch(/Nobody has claimed this yet/);
    expect(posted && cardText(posted.card)).not.toContain('+447700900201');
    expect(
      connector.cards(sam.chatId).at(-1)?.card && cardText(connector.cards(sam.chatId).at(-1)?.card ?? {}),
    ).toContain('+447700900201');
    await tap(t, connector, sam, 'handoff.close', { handoffId: id, outcome: 'withdrew' });
  });

  it('someone who is not a coordinator cannot make a channel a queue', async () => {
    const stranger = teamsUser('Stranger');
    const other = teamChannel('other');
    const turn = await install(t, connector, stranger, { channel: other });
    expect(turn.replies.join('\n')).toMatch(/Only a coordinator can set this channel up/);
    expect(await ctx.db.staffChannel.count({ where: { conversationId: other.conversationId } })).toBe(0);
  });

  it('two coordinators race to claim: one gets it, the other is told who has it', async () => {
    const handoffId = await newHandoff('+447700900202');
    const samCard = connector.cards(sam.chatId).at(-1)?.id ?? '';
    const joCard = connector.cards(jo.chatId).at(-1)?.id ?? '';
    const [bySam, byJo] = await Promise.all([
      tap(t, connector, sam, 'handoff.claim', { handoffId }, { cardActivityId: samCard }),
      tap(t, connector, jo, 'handoff.claim', { handoffId }, { cardActivityId: joCard }),
    ]);
    const row = await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId }, include: { claimedBy: true } });
    const winner = row.claimedBy?.name;
    expect(['Sam', 'Jo']).toContain(winner);
    const [won, lost] = winner === 'Sam' ? [bySam, byJo] : [byJo, bySam];
    expect(won.replies.join('\n')).toMatch(/You're now talking with/);
    expect(lost.replies.join('\n')).toBe(`${winner} has already claimed this, so it stays with them.`);
    for (const turn of [won, lost]) expect(cardText(invokeCard(turn) ?? {})).toContain(`Claimed by ${winner}`);
    expect(await ctx.db.auditEvent.count({ where: { action: 'handoff.claim', subjectId: handoffId } })).toBe(1);

    // Everyone else's copy of the card updates too.
    await t.app.worker.runOnce();
    const loserCard = winner === 'Sam' ? joCard : samCard;
    expect(cardText(connector.updatesOf(loserCard).at(-1) ?? {})).toContain(`Claimed by ${winner}`);
    expect(cardVerbs(connector.updatesOf(loserCard).at(-1) ?? {})).toContain('handoff.message');
  });

  it('lists open handoffs with the queue command, oldest first', async () => {
    t.clock.advance(MINUTE);
    await newHandoff('+447700900203');
    const turn = await say(t, connector, jo, 'queue');
    const lines = turn.replies.join('\n').split('\n');
    expect(lines[0]).toBe('2 open handoffs, 1 not claimed:');
    expect(lines[1]).toMatch(/^1\. .*claimed by (Sam|Jo)/);
    expect(lines[2]).toMatch(/^2\. .*not claimed/);
  });

  it('reminds every coordinator while nobody claims, in working hours', async () => {
    const handoffId = await newHandoff('+447700900204');
    const before = connector.texts(sam.chatId).length;
    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    const reminders = connector
      .texts(sam.chatId)
      .slice(before)
      .filter((m) => m.startsWith('Reminder'));
    expect(reminders.length).toBeGreaterThan(0);
    expect(connector.texts(jo.chatId).some((m) => m.startsWith('Reminder'))).toBe(true);
    expect((await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).remindedAt).not.toBeNull();
  });

  it('re-sends an urgent alert until someone acknowledges it, then updates every copy', async () => {
    const phone = '+447700900205';
    const reply = await text(t, phone, 'I am going to kill myself');
    expect(reply.replies.join('\n')).toMatch(/116 123/);
    await t.app.worker.runOnce();
    const alerts = () => connector.cards(jo.chatId).filter((c) => cardVerbs(c.card).includes('safety.ack'));
    expect(alerts()).toHaveLength(1);
    t.clock.advance(16 * MINUTE);
    await t.app.worker.runOnce();
    expect(alerts()).toHaveLength(2);
    expect(cardText(alerts()[1]?.card ?? {})).toMatch(/reminder 1/);

    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { person: { phone } } });
    const ack = await tap(
      t,
      connector,
      jo,
      'safety.ack',
      { safetyEventId: event.id },
      { cardActivityId: alerts()[0]?.id ?? '' },
    );
    expect(cardText(invokeCard(ack) ?? {})).toMatch(/Acknowledged by Jo/);
    const again = await tap(t, connector, sam, 'safety.ack', { safetyEventId: event.id });
    expect(again.replies.join('\n') + JSON.stringify(again.body)).toMatch(/Jo has already acknowledged/);
    await t.app.worker.runOnce();
    expect(cardText(connector.updatesOf(alerts()[1]?.id ?? '').at(-1) ?? {})).toMatch(/Acknowledged by Jo/);

    t.clock.advance(30 * MINUTE);
    await t.app.worker.runOnce();
    expect(alerts()).toHaveLength(2);
  });
});
