// Card taps reach their feature by verb, through teams-ai's card routing: every button the service posts now is an
// Action.Execute (an invoke answered with the refreshed card or a short message), and a mentor's card posted before
// that (its buttons Action.Submit, the verb in the message's value) still works, through the same action. A verb no
// feature declared is refused, whichever way it comes. Both databases.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, cardVerbs, type FakeConnector } from '../../support/fake-connector.js';
import {
  invokeCard,
  invokeMessage,
  messagesOf,
  startTeamsApp,
  submit,
  tap,
  type TeamsTestApp,
} from '../../support/teams.js';
import { meetTheTeam, theTeam } from '../mentors/team.js';
import { addHandoff, JO_PROFILE } from '../mentors/world.js';

const REFERRAL = 'Someone new would like a peer mentor';
const THANKS = "Thank you. We've told the coordinator you could connect. They'll let you know either way.";

describeEachDatabase('card taps routed by verb', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  let referralId: string;
  const team = theTeam();
  const { alex, sharon, priya } = team;

  beforeEach(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx);
    connector = t.connector;
    const coordinator = await meetTheTeam(ctx, t, connector, team);
    const { handoffId } = await addHandoff(ctx, { ...coordinator, role: 'coordinator' }, JO_PROFILE);
    expect(messagesOf(await tap(t, connector, alex, 'referral.share', { handoffId }))).toHaveLength(1);
    await t.app.worker.runOnce();
    referralId = (await ctx.db.referral.findFirstOrThrow({ where: { handoffId } })).id;
  });
  afterEach(() => t.close());

  const answers = () =>
    ctx.db.referralResponse.findMany({
      where: { referralId },
      orderBy: { createdAt: 'asc' },
      select: { mentor: { select: { name: true } }, answer: true, note: true },
    });

  it("a mentor's referral card carries only Action.Execute buttons, each with its verb", () => {
    const posted = connector.lastCard(sharon.chatId, REFERRAL);
    expect(cardVerbs(posted.card)).toEqual(['referral.respond', 'referral.respond']);
    expect(cardText(posted.card)).not.toContain('Action.Submit');
  });

  it('an Action.Execute tap is answered in the invoke: the short message, nothing posted to the chat', async () => {
    const posted = connector.lastCard(sharon.chatId, REFERRAL);
    const turn = await tap(
      t,
      connector,
      sharon,
      'referral.respond',
      { referralId, answer: 'interested', note: 'Been there' },
      { cardActivityId: posted.id },
    );
    expect(turn.status).toBe(200);
    expect(invokeMessage(turn)).toBe(THANKS);
    expect(turn.replies).toEqual([]);
    expect(await answers()).toEqual([{ mentor: { name: sharon.name }, answer: 'interested', note: 'Been there' }]);
  });

  it('a card posted before the change (Action.Submit, verb in the value) still works, through the same action', async () => {
    const posted = connector.lastCard(priya.chatId, REFERRAL);
    // What Teams sends for an old card's "I could connect": a message with no text, the button's data and the
    // card's inputs in its value.
    const turn = await submit(
      t,
      connector,
      priya,
      'referral.respond',
      { referralId, answer: 'interested', note: 'Happy to' },
      { cardActivityId: posted.id },
    );
    expect(turn.status).toBe(200);
    expect(turn.replies).toEqual([THANKS]);
    expect(turn.body).toBeNull(); // a message, not an invoke: nothing in the HTTP answer
    expect(await answers()).toEqual([{ mentor: { name: priya.name }, answer: 'interested', note: 'Happy to' }]);
  });

  it('an old card whose referral has closed is replaced in place by the card as it stands now', async () => {
    const posted = connector.lastCard(priya.chatId, REFERRAL);
    await ctx.db.referral.update({ where: { id: referralId }, data: { status: 'withdrawn' } });
    const turn = await submit(
      t,
      connector,
      priya,
      'referral.respond',
      { referralId, answer: 'interested' },
      { cardActivityId: posted.id },
    );
    expect(turn.replies).toEqual(['This referral is no longer open. Thank you for looking.']);
    const replaced = connector.updatesOf(posted.id).at(-1);
    expect(replaced && cardText(replaced)).toContain('No longer open');
    expect(replaced && cardVerbs(replaced)).toEqual([]);
    expect(await answers()).toEqual([]);
  });

  it('a verb no feature declared is refused, as an invoke or as a submitted card, and changes nothing', async () => {
    const executed = await tap(t, connector, sharon, 'referral.delete', { referralId });
    expect(invokeMessage(executed)).toMatch(/that button is for the Peer Connections team/);
    expect(invokeCard(executed)).toBeNull();
    const submitted = await submit(t, connector, sharon, 'referral.delete', { referralId });
    expect(submitted.replies).toEqual([invokeMessage(executed)]);
    expect(await ctx.db.referral.count()).toBe(1);
    expect(await answers()).toEqual([]);
  });
});
