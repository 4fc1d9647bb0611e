// Over HTTP, against the fake Bot Framework connector: once a referral is matched, withdrawn (its handoff closed) or
// ended, every mentor's copy of the referral card is updated in their chat (PUT activity), for that mentor: the
// matched mentor's says so, everyone else's says the person was matched (or it is no longer open), with no buttons
// and nothing more about the person. Through the outbox: retried, sent once, surviving a restart. Both databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { describeEachDatabase } from '../../support/databases.js';
import {
  cardText,
  cardVerbs,
  FakeConnector,
  type CardJson,
  type PostedCard as Posted,
} from '../../support/fake-connector.js';
import { invokeCard, invokeMessage, messagesOf, submit, tap, tapButton, type TeamsUser } from '../../support/teams.js';
import { meetTheTeam, theTeam } from './team.js';
import { addHandoff, JO_PROFILE } from './world.js';

const REFERRAL = 'Someone new would like a peer mentor';
const MATCHED_ELSEWHERE = 'This person has now been matched with a mentor. Thank you for offering.';
const NOT_OPEN = 'This referral is no longer open. Thank you for looking.';
/** What only the open card (or the matched mentor) may show about Jo. */
const ABOUT_JO = /J\.P\.|34|Taunton|hardly leave|Someone to talk to|Go into town|Jo\b|Pennington|07700/;

describeEachDatabase('mentors over HTTP: referral cards are updated when the referral closes', (ctx) => {
  let t: TestApp;
  let connector: FakeConnector;
  let handoffId: string;
  let phone: string;
  const team = theTeam();
  const { alex, sharon, priya } = team;

  beforeEach(async () => {
    await ctx.clear();
    connector = await new FakeConnector().start();
    t = await startTestApp(ctx);
    const coordinator = await meetTheTeam(ctx, t, connector, team);
    // Jo finished the questions by text and Alex has claimed them.
    const claimant = { ...coordinator, role: 'coordinator' as const };
    ({ handoffId, phone } = await addHandoff(ctx, claimant, JO_PROFILE));
  });

  afterEach(async () => {
    await t.close();
    await connector.stop();
  });

  const work = () => t.app.worker.runOnce();
  const lastCard = (user: TeamsUser, heading: string): Posted => connector.lastCard(user.chatId, heading);
  /** `user` taps the button called `title` on a card they were sent. */
  const tapOn = (user: TeamsUser, posted: Posted, title: string) => tapButton(t, connector, user, posted, title);
  /** Every update of `posted` in `user`'s chat, newest last. */
  const updates = (user: TeamsUser, posted: Posted) =>
    connector.in(user.chatId).flatMap((c) => (c.kind === 'update' && c.activityId === posted.id ? [c] : []));
  const lastUpdate = (user: TeamsUser, posted: Posted): CardJson => {
    const card = connector.updatesOf(posted.id).at(-1);
    if (!card || updates(user, posted).length === 0) throw new Error(`${user.name}'s card was not updated`);
    return card;
  };
  /** Each card was updated once, to the closed card: no buttons, nothing about Jo. */
  const expectClosedOnce = (cards: (readonly [TeamsUser, Posted])[]) => {
    for (const [user, posted] of cards) {
      const now = lastUpdate(user, posted);
      expect(cardText(now)).toContain(NOT_OPEN);
      expect(cardText(now)).not.toMatch(ABOUT_JO);
      expect(cardVerbs(now)).toEqual([]);
      expect(updates(user, posted)).toHaveLength(1);
    }
  };

  async function shared(): Promise<{ forSharon: Posted; forPriya: Posted; referralId: string }> {
    const reply = await tap(t, connector, alex, 'referral.share', { handoffId });
    expect(messagesOf(reply)).toEqual(["Shared with 2 mentors. You'll see here who could connect."]);
    await work();
    const referralId = (await ctx.db.referral.findFirstOrThrow({ where: { handoffId } })).id;
    return { forSharon: lastCard(sharon, REFERRAL), forPriya: lastCard(priya, REFERRAL), referralId };
  }

  async function bothCouldConnectAndAlexMatchesSharon() {
    const cards = await shared();
    await tapOn(sharon, cards.forSharon, 'I could connect');
    await tapOn(priya, cards.forPriya, 'I could connect');
    await work();
    const interest = lastCard(alex, 'Mentors for J.P., 34, Taunton');
    const matched = await tapOn(alex, interest, 'Match with Sharon Hill');
    expect(messagesOf(matched)).toEqual([
      "Matched with Sharon Hill. We've sent them the details for the first contact and told the person.",
    ]);
    return cards;
  }

  describe('matched', () => {
    it("updates Priya's card to the matched-elsewhere one with no buttons, and Sharon's to say she was matched with Jo", async () => {
      const { forSharon, forPriya } = await bothCouldConnectAndAlexMatchesSharon();
      expect(cardVerbs(forPriya.card)).toEqual(['referral.respond', 'referral.respond']);
      await work();

      const priyaNow = lastUpdate(priya, forPriya);
      expect(cardText(priyaNow)).toContain(MATCHED_ELSEWHERE);
      expect(cardText(priyaNow)).not.toMatch(ABOUT_JO);
      expect(cardText(priyaNow)).not.toContain('Sharon'); // nor who was matched
      expect(cardVerbs(priyaNow)).toEqual([]);
      expect(priyaNow['actions']).toBeUndefined();

      const sharonNow = lastUpdate(sharon, forSharon);
      expect(cardText(sharonNow)).toContain("You've been matched with Jo");
      expect(cardText(sharonNow)).not.toMatch(/Pennington|07700|\+44/); // the contact details stay in the intro
      expect(cardVerbs(sharonNow)).toEqual([]);
      expect(cardText(lastCard(sharon, "You've been matched with Jo").card)).toContain(`Phone or text: ${phone}`);

      expect([updates(priya, forPriya).length, updates(sharon, forSharon).length]).toEqual([1, 1]);
    });

    it('a tap on the old card is refused kindly, and the tapped card becomes the closed one (Submit and Execute)', async () => {
      const { forPriya, referralId } = await bothCouldConnectAndAlexMatchesSharon();
      await work();
      const before = updates(priya, forPriya).length;

      // A card posted before its buttons were Action.Execute sends Action.Submit, with the verb in its value.
      const submitted = await submit(
        t,
        connector,
        priya,
        'referral.respond',
        { referralId, answer: 'declined' },
        { cardActivityId: forPriya.id },
      );
      expect(submitted.replies).toEqual([
        'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
      ]);
      expect(updates(priya, forPriya)).toHaveLength(before + 1);
      expect(cardText(lastUpdate(priya, forPriya))).toContain(MATCHED_ELSEWHERE);

      const executed = await tap(
        t,
        connector,
        priya,
        'referral.respond',
        { referralId, answer: 'interested' },
        { cardActivityId: forPriya.id },
      );
      const card = invokeCard(executed);
      expect(card && cardText(card)).toContain(MATCHED_ELSEWHERE);
      expect(card && cardVerbs(card)).toEqual([]);
      expect(invokeMessage(executed)).toBeNull();
      expect(executed.replies).toEqual([
        'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
      ]);
      expect(await ctx.db.referralResponse.count({ where: { referralId, answer: 'declined' } })).toBe(0);
    });

    it('changes nothing twice: running the worker again, or queueing the same change again, sends no more updates', async () => {
      const { forSharon, forPriya, referralId } = await bothCouldConnectAndAlexMatchesSharon();
      await work();
      const calls = connector.calls.length;

      await work();
      const again = await t.app.teams.services.refreshStaffCardOps('referral', referralId, 'matched');
      expect(again).toHaveLength(2);
      await ctx.db.$transaction(again);
      await work();

      expect(connector.calls.length).toBe(calls);
      expect([updates(priya, forPriya).length, updates(sharon, forSharon).length]).toEqual([1, 1]);
    });
  });

  it('withdrawn: Alex closes the handoff before a match, and every card says it is no longer open', async () => {
    const { forSharon, forPriya, referralId } = await shared();
    await tapOn(priya, forPriya, 'I could connect');
    const closed = await tap(t, connector, alex, 'handoff.close', { handoffId, outcome: 'withdrew' });
    expect(closed.status).toBe(200);
    await work();

    expect((await ctx.db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe('withdrawn');
    expectClosedOnce([
      [sharon, forSharon],
      [priya, forPriya],
    ]);
    const late = await tapOn(sharon, forSharon, 'I could connect');
    expect(messagesOf(late)).toEqual(['This referral is no longer open. Thank you for looking.']);
    expect(await ctx.db.referralResponse.count({ where: { referralId } })).toBe(1); // Priya's, from before the close
  });

  it('returned: Alex hands Jo back to the bot before a match, and the referral is withdrawn the same way', async () => {
    const { forSharon, forPriya, referralId } = await shared();
    const returned = await tap(t, connector, alex, 'handoff.return', { handoffId });
    expect(returned.status).toBe(200);
    await work();

    expect((await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).status).toBe('returned');
    expect((await ctx.db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe('withdrawn');
    expectClosedOnce([
      [sharon, forSharon],
      [priya, forPriya],
    ]);
    const late = await tapOn(priya, forPriya, 'I could connect');
    expect(messagesOf(late)).toEqual(['This referral is no longer open. Thank you for looking.']);
    expect(await ctx.db.referralResponse.count({ where: { referralId } })).toBe(0);
  });

  it('keeps the updates through a Teams outage and a restart, and makes each once', async () => {
    const { forSharon, forPriya } = await shared();
    await tap(t, connector, alex, 'handoff.close', { handoffId, outcome: 'withdrew' });
    // The two card updates are all that is queued for Teams. The connector client tries a request once (the outbox
    // retries): this outage fails one update.
    connector.failNext({ status: 500 });
    await work();
    const failed = await ctx.db.outbox.findMany({
      where: { dedupeKey: { startsWith: 'refresh:referral:' }, status: 'pending' },
    });
    expect(failed).toHaveLength(1);
    await t.close();

    t = await startTestApp(ctx); // a new process on the same database
    t.clock.advance(3_600_000);
    await work();
    await work();

    for (const [user, posted] of [
      [sharon, forSharon],
      [priya, forPriya],
    ] as const) {
      expect(cardText(lastUpdate(user, posted))).toContain(NOT_OPEN);
      expect(updates(user, posted)).toHaveLength(1);
    }
    expect(await ctx.db.outbox.count({ where: { status: { not: 'sent' } } })).toBe(0);
  });

  it("ended: Alex closes the mentoring at the review, and only Sharon's card changes again", async () => {
    const { forSharon, forPriya, referralId } = await bothCouldConnectAndAlexMatchesSharon();
    await work();
    const decided = await tap(t, connector, alex, 'review.decide', { referralId, decision: 'close' });
    expect(decided.status).toBe(200);
    await work();

    const sharonNow = lastUpdate(sharon, forSharon);
    expect(cardText(sharonNow)).toContain('Your mentoring with Jo has ended');
    expect(cardText(sharonNow)).not.toMatch(/Taunton|hardly leave/);
    expect(cardVerbs(sharonNow)).toEqual([]);
    expect(updates(sharon, forSharon)).toHaveLength(2);
    expect(updates(priya, forPriya)).toHaveLength(1);
    expect(cardText(lastUpdate(priya, forPriya))).toContain(MATCHED_ELSEWHERE);
  });
});
