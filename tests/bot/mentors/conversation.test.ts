// The whole path over HTTP, as it happens: a person finishes the SMS journey, a coordinator claims them in Teams and
// shares them; two mentors get the anonymised card, one says "I could connect", the coordinator matches, the person
// gets a text naming their mentor, and the mentor checks in up to the review at session six. Both databases.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import {
  cardText,
  type CardJson,
  type FakeConnector,
  type PostedCard as Posted,
} from '../../support/fake-connector.js';

import { text } from '../../support/sms.js';
import { meetTheTeam, theTeam } from './team.js';
import { say, startTeamsApp, submit, type TeamsTestApp, type TeamsUser } from '../../support/teams.js';

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

/** The data of the button with this title on a card (Action.Submit data or Action.Execute verb + data). */
function button(card: CardJson | undefined, title: string): Record<string, string> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['title'] === title && typeof record['type'] === 'string' && record['type'].startsWith('Action.'))
      found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(card);
  const action = found[0];
  if (!action) throw new Error(`no button "${title}"`);
  const data = (action['data'] ?? {}) as Record<string, unknown>;
  const verb = typeof action['verb'] === 'string' ? action['verb'] : data['verb'];
  return Object.fromEntries(Object.entries({ ...data, verb }).map(([k, v]) => [k, String(v)]));
}

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
  const tapOn = (user: TeamsUser, posted: Posted, title: string, inputs: Record<string, string> = {}) => {
    const { verb = '', ...data } = button(posted.card, title);
    return submit(t, connector, user, verb, { ...data, ...inputs }, { cardActivityId: posted.id });
  };

  /** The journey by SMS, the claim and share in Teams, Sharon's "I could connect" and the match. */
  async function upToMatch(): Promise<void> {
    for (const body of JOURNEY) await text(t, phone, body);
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone } } });
    await work();

    const handoffCard = lastCard(alex, 'Claim');
    expect((await tapOn(alex, handoffCard, 'Claim')).status).toBe(200);
    await work();

    // The "Share with mentors" button on the handoff card (bot/mentors/handoff-card.ts).
    const shared = await submit(t, connector, alex, 'referral.share', { handoffId: handoff.id });
    expect(shared.replies).toEqual(["Shared with 2 mentors. You'll see here who could connect."]);
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
    expect(yes.replies).toEqual([
      "Thank you. We've told the coordinator you could connect. They'll let you know either way.",
    ]);
    await tapOn(priya, forPriya, 'Not this time');
    await work();

    const interest = lastCard(alex, 'Mentors for J.P., 34, Taunton');
    expect(cardText(interest.card)).toContain('**Sharon Hill** could connect: "I have been there"');
    const matched = await tapOn(alex, interest, 'Match with Sharon Hill');
    expect(matched.replies).toEqual([
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
    const refusedContact = await submit(t, connector, priya, 'referral.contact', { referralId });
    expect(refusedContact.replies).toEqual([
      'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
    ]);
    const refusedCheckIn = await submit(t, connector, priya, 'checkin.start', { referralId });
    expect(refusedCheckIn.replies).toEqual(["That isn't one of your mentees, so I can't show it."]);

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
      expect(done.replies).toEqual([`Thank you, that's saved. Session ${session} of 6-8.`]);
      const replaced = connector.updatesOf(card.id).map((c) => cardText(c));
      expect(replaced.join()).toContain(session < 6 ? `Checked in: Jo` : "That's six sessions with Jo");
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
