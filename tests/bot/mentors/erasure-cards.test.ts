// Over HTTP, against the fake Bot Framework connector: when a person's details are deleted ("delete my data" by text,
// `admin erase` or the retention sweep), every card that showed them in Teams is replaced where it was posted (PUT
// activity): mentors' referral cards by a closed card with nothing about the person (the matched mentor's says the
// details were removed), coordinators' handoff cards likewise. The updates outlive the rows they came from, are
// retried through a Teams outage and made once. Both databases.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { erasePersonByPhone } from '../../../bot/intake/erase.js';
import { sweepRetention } from '../../../bot/intake/retention.js';
import { createLogger } from '../../../bot/logger.js';
import type { JsonObject } from '../../../shared/json.js';
import { describeEachDatabase } from '../../support/databases.js';
import {
  cardText,
  cardVerbs,
  type FakeConnector,
  type CardJson,
  type PostedCard as Posted,
  type ConnectorCall,
} from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { messagesOf, startTeamsApp, tap, tapButton, type TeamsTestApp, type TeamsUser } from '../../support/teams.js';
import { meetTheTeam, theTeam } from './team.js';
import { JO_PROFILE } from './world.js';

const PHONE = '+447700900555';
const REFERRAL = 'Someone new would like a peer mentor';
const NOT_OPEN = 'This referral is no longer open. Thank you for looking.';
const REMOVED_ON_REQUEST =
  "The person you were matched with asked us to delete their details, so we've taken them off here.";
const REMOVED_AFTER_RETENTION = "We only keep people's details for a set time, so we've taken them off here.";
/** Anything about Jo that a card showed before: initials, age, area, words, goals, name, number. */
const ABOUT_JO =
  /J\.P\.|\b34\b|Taunton|hardly leave|Someone to talk to|Go into town|Join a group|Jo\b|Pennington|07700/;

/** What a PUT said: its text and cards (the rest of the activity is ids and addresses). */
const bodyOf = (call: ConnectorCall | undefined): string =>
  JSON.stringify({ text: call?.activity.text, attachments: call?.activity.attachments });

describeEachDatabase('erasure over HTTP: cards that showed the person are replaced in Teams', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  let handoffId: string;
  const team = theTeam();
  const { alex, sharon, priya } = team;

  beforeEach(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx);
    connector = t.connector;
    const coordinator = await meetTheTeam(ctx, t, connector, team);
    // Jo asks for a person by text; the handoff card reaches Alex.
    expect((await text(t, PHONE, 'Can I talk to someone')).status).toBe(200);
    await work();
    // Jo's answers and Alex's claim are written straight in (as world.addHandoff does): Jo's conversation still
    // waits for the team, where "delete my data" reaches the bot rather than the coordinator.
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: PHONE } } });
    handoffId = handoff.id;
    await ctx.db.handoff.update({
      where: { id: handoffId },
      data: { profile: JO_PROFILE, status: 'claimed', claimedById: coordinator.id, claimedAt: t.clock.now() },
    });
  });

  afterEach(() => t.close());

  const work = () => t.app.worker.runOnce();
  const lastCard = (user: TeamsUser, heading: string): Posted => connector.lastCard(user.chatId, heading);
  /** Every update (PUT) of `posted` in `user`'s chat, newest last. */
  const updates = (user: TeamsUser, posted: Posted): ConnectorCall[] =>
    connector.in(user.chatId).filter((c) => c.kind === 'update' && c.activityId === posted.id);
  /** How many times each card was updated so far. */
  const counted = (cards: (readonly [TeamsUser, Posted])[]) =>
    cards.map(([user, posted]) => updates(user, posted).length);
  /** The one card update of `posted` since `before` updates: its whole PUT body, and the card in it. */
  const oneMoreUpdate = (user: TeamsUser, posted: Posted, before: number): { body: string; card: CardJson } => {
    const all = updates(user, posted);
    expect(all, `${user.name}'s card is updated once more`).toHaveLength(before + 1);
    const card = connector.updatesOf(posted.id).at(-1);
    if (!card) throw new Error(`${user.name}'s card was updated without a card`);
    return { body: bodyOf(all.at(-1)), card };
  };
  const tapOn = (user: TeamsUser, posted: Posted, title: string) => tapButton(t, connector, user, posted, title);

  async function shared(): Promise<{
    forSharon: Posted;
    forPriya: Posted;
    handoffCard: Posted;
    all: (readonly [TeamsUser, Posted])[];
  }> {
    const reply = await tap(t, connector, alex, 'referral.share', { handoffId });
    expect(messagesOf(reply)).toEqual(["Shared with 2 mentors. You'll see here who could connect."]);
    await work();
    const handoffCard = connector.cards(alex.chatId).find((c) => cardText(c.card).includes('Handoff:'));
    if (!handoffCard) throw new Error('Alex has no handoff card');
    const [forSharon, forPriya] = [lastCard(sharon, REFERRAL), lastCard(priya, REFERRAL)];
    const all: (readonly [TeamsUser, Posted])[] = [
      [sharon, forSharon],
      [priya, forPriya],
      [alex, handoffCard],
    ];
    return { forSharon, forPriya, handoffCard, all };
  }

  /** Each card got exactly one more update since `before` (from `counted`), and it holds nothing about Jo. */
  function expectEachReplacedOnce(cards: (readonly [TeamsUser, Posted])[], before: number[]) {
    cards.forEach(([user, posted], i) => expectNothingAboutJo(oneMoreUpdate(user, posted, before[i] ?? 0)));
  }

  async function joDeletesTheirData(): Promise<void> {
    for (const [said, answer] of [
      ['DELETE MY DATA', /delete everything you've told us/],
      ['yes', /deleted/i],
    ] as const) {
      const reply = await text(t, PHONE, said);
      expect(reply.replies.join('\n')).toMatch(answer);
    }
    expect(await ctx.db.person.count({ where: { phone: PHONE } })).toBe(0);
    expect(await ctx.db.referral.count()).toBe(0);
    expect(await ctx.db.postedCard.count({ where: { subjectType: { in: ['referral', 'handoff'] } } })).toBe(0);
  }

  function expectNothingAboutJo(update: { body: string; card: CardJson }) {
    expect(update.body).not.toMatch(ABOUT_JO);
    expect(update.body).not.toContain(PHONE);
    expect(cardVerbs(update.card)).toEqual([]);
    expect(update.card['actions']).toBeUndefined();
  }

  it('"DELETE MY DATA", confirmed: both mentors\' cards and Alex\'s handoff card keep nothing about Jo', async () => {
    const { forSharon, forPriya, handoffCard } = await shared();
    expect(cardText(forPriya.card)).toMatch(ABOUT_JO);
    expect(cardText(connector.updatesOf(handoffCard.id).at(-1) ?? {})).toMatch(ABOUT_JO);
    const [alexBefore] = counted([[alex, handoffCard]]);
    const before = connector.calls.length;

    await joDeletesTheirData();
    await work();

    for (const [user, posted] of [
      [sharon, forSharon],
      [priya, forPriya],
    ] as const) {
      const update = oneMoreUpdate(user, posted, 0);
      expect(cardText(update.card)).toContain(NOT_OPEN);
      expectNothingAboutJo(update);
    }
    const alexNow = oneMoreUpdate(alex, handoffCard, alexBefore ?? 0);
    expect(cardText(alexNow.card)).toContain('This person asked us to delete their details, so we have.');
    expectNothingAboutJo(alexNow);
    // Card updates, and a line to Alex (who had claimed Jo) naming nobody: nothing else is posted to anyone.
    const calls = connector.calls.slice(before);
    expect(calls.filter((c) => c.kind === 'update')).toHaveLength(3);
    const posted = calls.filter((c) => c.kind === 'send');
    expect(posted.map((c) => [c.conversationId, c.activity.text])).toEqual([
      [alex.chatId, expect.stringMatching(/^Someone you had claimed asked us to delete their details/)],
    ]);
    expect(await ctx.db.outbox.count({ where: { channel: 'teams', status: { not: 'sent' } } })).toBe(0);
  });

  it("after a match, Sharon's card says Jo's details were removed at their request, with no name", async () => {
    const { forSharon, forPriya } = await shared();
    await tapOn(sharon, forSharon, 'I could connect');
    await tapOn(priya, forPriya, 'I could connect');
    await work();
    const interest = lastCard(alex, 'Mentors for J.P., 34, Taunton');
    await tapOn(alex, interest, 'Match with Sharon Hill');
    await work();
    expect(cardText(connector.updatesOf(forSharon.id).at(-1) ?? {})).toContain("You've been matched with Jo");
    const introCard = lastCard(sharon, 'Phone or text');
    expect(cardText(introCard.card)).toContain(PHONE);
    const [sharonBefore, priyaBefore] = [updates(sharon, forSharon).length, updates(priya, forPriya).length];

    await joDeletesTheirData();
    await work();

    // The intro card with Jo's name and number is replaced too.
    expect(updates(sharon, introCard)).toHaveLength(1);
    expect(bodyOf(updates(sharon, introCard).at(-1))).not.toMatch(ABOUT_JO);
    expect(bodyOf(updates(sharon, introCard).at(-1))).not.toContain(PHONE);
    expect(cardText(connector.updatesOf(introCard.id).at(-1) ?? {})).toContain(REMOVED_ON_REQUEST);

    expect(updates(sharon, forSharon)).toHaveLength(sharonBefore + 1);
    expect(updates(priya, forPriya)).toHaveLength(priyaBefore + 1);
    const sharonNow = connector.updatesOf(forSharon.id).at(-1) ?? {};
    expect(cardText(sharonNow)).toContain(REMOVED_ON_REQUEST);
    expect(bodyOf(updates(sharon, forSharon).at(-1))).not.toMatch(ABOUT_JO);
    expect(cardVerbs(sharonNow)).toEqual([]);
    const priyaNow = connector.updatesOf(forPriya.id).at(-1) ?? {};
    expect(cardText(priyaNow)).toContain(NOT_OPEN);
    expect(bodyOf(updates(priya, forPriya).at(-1))).not.toMatch(ABOUT_JO);
  });

  it("an intro with Jo's number not yet sent when Jo's details are deleted is never sent", async () => {
    const { forSharon, forPriya } = await shared();
    await tapOn(sharon, forSharon, 'I could connect');
    await tapOn(priya, forPriya, 'I could connect');
    await work();
    await tapOn(alex, lastCard(alex, 'Mentors for J.P., 34, Taunton'), 'Match with Sharon Hill');
    expect(await ctx.db.outbox.count({ where: { dedupeKey: { endsWith: ':intro' }, status: 'pending' } })).toBe(1);

    await joDeletesTheirData();
    await work();

    expect(await ctx.db.outbox.count({ where: { dedupeKey: { endsWith: ':intro' } } })).toBe(0);
    expect(
      connector
        .cards(sharon.chatId)
        .map((c) => cardText(c.card))
        .join('\n'),
    ).not.toContain(PHONE);
    expect(connector.texts(priya.chatId).join('\n')).not.toMatch(ABOUT_JO);
  });

  it("a mentor's card is replaced in the chat it is in, even if their chat with the bot has changed since", async () => {
    const { forPriya } = await shared();
    const before = updates(priya, forPriya).length;
    const mentor = await ctx.db.staff.findFirstOrThrow({ where: { aadObjectId: priya.aadObjectId } });
    const ref = mentor.teamsRef as { conversation: Record<string, unknown> } & JsonObject;
    await ctx.db.staff.update({
      where: { id: mentor.id },
      data: { teamsRef: { ...ref, conversation: { ...ref.conversation, id: 'a:a-newer-chat' } } },
    });

    await joDeletesTheirData();
    await work();

    expect(updates(priya, forPriya)).toHaveLength(before + 1);
    expect(bodyOf(updates(priya, forPriya).at(-1))).not.toMatch(ABOUT_JO);
  });

  it('a card that was on its way while the person was erased is replaced as soon as it lands', async () => {
    // As if the erasure committed while the intro was being posted: the handoff it belongs to is already gone.
    const mentor = await ctx.db.staff.findFirstOrThrow({ where: { aadObjectId: sharon.aadObjectId } });
    const queued = await t.app.teams.services.sendToStaff(mentor.id, {
      dedupeKey: 'referral:gone:intro',
      card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Phone or text: ${PHONE}` }] },
      record: { subjectType: 'intro', subjectId: `gone#${mentor.id}`, handoffId: 'a-handoff-erased-meanwhile' },
    });
    expect(queued).toBe(true);

    await work();

    const posted = lastCard(sharon, 'Phone or text');
    expect(updates(sharon, posted)).toHaveLength(1);
    expect(bodyOf(updates(sharon, posted).at(-1))).not.toContain(PHONE);
    expect(cardText(connector.updatesOf(posted.id).at(-1) ?? {})).toContain('Details removed');
  });

  it('a Teams outage and a retry: each card is still replaced, once, with the rows it came from long gone', async () => {
    const { all } = await shared();
    const before = counted(all);
    await joDeletesTheirData();
    // The connector client tries a request once (the outbox retries): this outage fails one update.
    connector.failNext({ status: 500 });
    await work();
    expect(await ctx.db.outbox.count({ where: { dedupeKey: { startsWith: 'erase:' }, status: 'pending' } })).toBe(1);

    t.clock.advance(3_600_000);
    await work();
    await work();

    expectEachReplacedOnce(all, before);
    expect(await ctx.db.outbox.count({ where: { status: { not: 'sent' } } })).toBe(0);
  });

  it("Jo's words still waiting to reach Alex are not sent once Jo's details are deleted", async () => {
    expect((await text(t, PHONE, 'My sister Marguerite says hello')).status).toBe(200);
    // The connector client tries a request once (the outbox retries): the relay stays queued for a retry.
    connector.failNext({ status: 500 });
    await work();
    expect(await ctx.db.outbox.count({ where: { dedupeKey: { startsWith: 'relay:' }, status: 'pending' } })).toBe(1);

    await joDeletesTheirData();
    t.clock.advance(3_600_000);
    await work();
    await work();

    expect(connector.texts(alex.chatId).join('\n')).not.toContain('Marguerite');
    expect(await ctx.db.outbox.count({ where: { dedupeKey: { startsWith: 'relay:' } } })).toBe(0);
  });

  it("an urgent alert's card loses Jo's words and number but keeps its Acknowledge button", async () => {
    const urgent = await text(t, PHONE, 'I want to kill myself tonight');
    expect(urgent.replies.join('\n')).toMatch(/116 123/);
    await work();
    const alert = connector.cards(alex.chatId).find((c) => cardText(c.card).includes('I want to kill myself'));
    if (!alert) throw new Error('Alex has no alert card');
    const [before = 0] = counted([[alex, alert]]);

    await joDeletesTheirData();
    await work();

    const now = oneMoreUpdate(alex, alert, before);
    expect(now.body).not.toContain('kill myself');
    expect(now.body).not.toContain(PHONE);
    expect(cardVerbs(now.card)).toContain('safety.ack');
    expect(await ctx.db.safetyEvent.count({ where: { level: 'urgent', acknowledgedAt: null } })).toBe(1);
  });

  it('`admin erase` replaces the cards the same way', async () => {
    const { forPriya, all } = await shared();
    const before = counted(all);
    expect(await erasePersonByPhone(ctx.db, PHONE, t.clock.now(), 'admin')).toBe(true);
    await work();
    expectEachReplacedOnce(all, before);
    expect(cardText(connector.updatesOf(forPriya.id).at(-1) ?? {})).toContain(NOT_OPEN);
  });

  it("the retention sweep, after mentoring ended: Sharon's card says details are kept only for a set time", async () => {
    const { forSharon, forPriya, handoffCard } = await shared();
    await tapOn(sharon, forSharon, 'I could connect');
    await work();
    await tapOn(alex, lastCard(alex, 'Mentors for J.P., 34, Taunton'), 'Match with Sharon Hill');
    const referralId = (await ctx.db.referral.findFirstOrThrow({ where: { handoffId } })).id;
    await tap(t, connector, alex, 'review.decide', { referralId, decision: 'close' });
    await tap(t, connector, alex, 'handoff.close', { handoffId, outcome: 'matched' });
    await work();
    expect(cardText(connector.updatesOf(forSharon.id).at(-1) ?? {})).toContain('Your mentoring with Jo has ended');
    const sharonBefore = updates(sharon, forSharon).length;

    t.clock.advance(31 * 86_400_000);
    const deps = { db: ctx.db, clock: t.clock, log: createLogger('silent'), config: t.config };
    expect(await sweepRetention(deps, 30)).toBe(1);
    await work();

    expect(updates(sharon, forSharon)).toHaveLength(sharonBefore + 1);
    const sharonNow = connector.updatesOf(forSharon.id).at(-1) ?? {};
    expect(cardText(sharonNow)).toContain(REMOVED_AFTER_RETENTION);
    expect(bodyOf(updates(sharon, forSharon).at(-1))).not.toMatch(ABOUT_JO);
    expect(cardText(connector.updatesOf(forPriya.id).at(-1) ?? {})).toContain(NOT_OPEN);
    const alexNow = connector.updatesOf(handoffCard.id).at(-1) ?? {};
    expect(cardText(alexNow)).toContain(
      "We only keep details for a set time, so this person's details have now been deleted.",
    );
    expect(JSON.stringify(alexNow)).not.toMatch(ABOUT_JO);
  });
});
