// The whole path over HTTP, as it happens: a person finishes the SMS journey, a coordinator claims them in Teams and
// shares them; two mentors get the anonymised card, one says "I could connect", the coordinator matches, the person
// gets a text naming their mentor, and the mentor checks in up to the review at session six. Both databases.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, type FakeConnector, type PostedCard as Posted } from '../../support/fake-connector.js';

import { text } from '../../support/sms.js';
import { meetTheTeam, theTeam } from './team.js';
import {
  invokeCard,
  messagesOf,
  say,
  startTeamsApp,
  tap,
  tapButton,
  type TeamsTestApp,
  type TeamsUser,
} from '../../support/teams.js';

const JOURNEY = [
  'Hi',
  'yes',
  '34',
  'Taunton',
  'Jo Pennington',
  'I hardly leave the house since my diagnosis',
  'Someone to talk to who gets it',
  'Go into town on my own',
  'DONE',
  'Phone first',
  'Weekday mornings',
  'Nothing thanks',
  'Someone older than me',
  'yes', // mentors may read their own words
  'SEND',
];

describeEachDatabase('mentors over HTTP: from the SMS journey to the review at session six', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const team = theTeam();
  const { alex, sharon, priya } = team;
  const phone = '+447700900555';

  beforeEach(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx);
    connector = t.connector;
    await meetTheTeam(ctx, t, connector, team);
  });

  afterEach(() => t.close());

  const work = () => t.app.worker.runOnce();
  const lastCard = (user: TeamsUser, heading: string): Posted => connector.lastCard(user.chatId, heading);
  /** `user` taps the button called `title` on a card they were sent, filling in `inputs`. */
  const tapOn = (user: TeamsUser, posted: Posted, title: string, inputs: Record<string, string> = {}) =>
    tapButton(t, connector, user, posted, title, inputs);

  /** The journey by SMS, the claim and share in Teams, Sharon's "I could connect" and the match. */
  async function upToMatch(): Promise<void> {
    for (const body of JOURNEY) await text(t, phone, body);
    expect(await ctx.db.handoff.count({ where: { person: { phone } } })).toBe(1);
    await work();

    const handoffCard = lastCard(alex, 'Claim');
    expect((await tapOn(alex, handoffCard, 'Claim')).status).toBe(200);
    await work();

    // The "Share with mentors" button on the handoff card (bot/mentors/handoff-card.ts), as it stands once claimed.
    const claimed = { id: handoffCard.id, card: connector.updatesOf(handoffCard.id).at(-1) ?? handoffCard.card };
    const shared = await tapOn(alex, claimed, 'Share with mentors');
    expect(messagesOf(shared)).toEqual(["Shared with 2 mentors. You'll see here who could connect."]);
    await work();

    const forSharon = lastCard(sharon, 'Someone new would like a peer mentor');
    const forPriya = lastCard(priya, 'Someone new would like a peer mentor');
    for (const card of [forSharon, forPriya]) {
      const shown = cardText(card.card);
      expect(shown).toContain('J.P.');
      expect(shown).toContain('Taunton');
      expect(shown).toContain('Go into town on my own');
      expect(shown).not.toMatch(/Jo\b|Pennington|07700|Weekday mornings|older than me/);
    }

    const yes = await tapOn(sharon, forSharon, 'I could connect', { note: 'I have been there' });
    expect(messagesOf(yes)).toEqual([
      "Thank you. We've told the coordinator you could connect. They'll let you know either way.",
    ]);
    await tapOn(priya, forPriya, 'Not this time');
    await work();

    const interest = lastCard(alex, 'Mentors for J.P., 34, Taunton');
    expect(cardText(interest.card)).toContain('**Sharon Hill** could connect: "I have been there"');
    const matched = await tapOn(alex, interest, 'Match with Sharon Hill');
    expect(messagesOf(matched)).toEqual([
      "Matched with Sharon Hill. We've sent them the details for the first contact and told the person.",
    ]);
    await work();
  }

  it('shares two anonymised cards, matches the mentor who could connect, and records check-ins to the review', async () => {
    await upToMatch();
    const intro = lastCard(sharon, "You've been matched with Jo");
    expect(cardText(intro.card)).toContain(`Phone or text: ${phone}`);

    // Privacy: the mentor who said "not this time" sees neither the person nor their contact details now.
    const referralId = (await ctx.db.referral.findFirstOrThrow()).id;
    const refusedContact = await tap(t, connector, priya, 'referral.contact', { referralId });
    expect(messagesOf(refusedContact)).toEqual([
      'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
    ]);
    const refusedCheckIn = await tap(t, connector, priya, 'checkin.start', { referralId });
    expect(messagesOf(refusedCheckIn)).toEqual(["That isn't one of your mentees, so I can't show it."]);

    // Sessions one to six, in a few taps each.
    for (let session = 1; session <= 6; session++) {
      await say(t, connector, sharon, 'check in');
      const card = lastCard(sharon, 'Check in: Jo');
      const done = await tapOn(sharon, card, 'Send check-in', {
        session: String(session),
        sessionDate: '2026-11-23',
        mode: 'phone',
        summary: 'Good chat',
      });
      expect(messagesOf(done)).toEqual([`Thank you, that's saved. Session ${session} of 6-8.`]);
      // The tap's answer is the card that replaces the one tapped (Teams swaps it in place).
      const replaced = invokeCard(done);
      expect(replaced && cardText(replaced)).toContain(session < 6 ? `Checked in: Jo` : "That's six sessions with Jo");
    }
    await work();
    expect(cardText(lastCard(alex, 'Six sessions: review').card)).toContain(
      'Sharon Hill has had six sessions with J.P., 34, Taunton',
    );
    expect(await ctx.db.checkIn.count()).toBe(6);
  });

  it("texts the person their mentor's first name", async () => {
    await upToMatch();
    expect(t.twilio.to(phone).join(' ')).toMatch(/Sharon/);
  });
});
