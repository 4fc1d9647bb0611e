// Share, interest, match and intro, with every privacy refusal, on both databases: coordinators and mentors tap
// the cards the feature sends, as they would in Teams (the Teams sends are recorded by a fake).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderReferralCard } from '../../../bot/mentors/referral-cards.js';
import { createMentorFeature } from '../../../bot/mentors/feature.js';
import type { StaffMember } from '../../../bot/staff/member.js';
import type { TeamsFeature } from '../../../bot/teams/feature.js';
import { describeEachDatabase } from '../../support/databases.js';
import { addHandoff, addStaff, button, referralIdOf, cardText, makeWorld, say, tap, type World } from './world.js';

describeEachDatabase('mentors: referrals and matching', (ctx) => {
  let w: World;
  let feature: TeamsFeature;
  let alex: StaffMember;
  let sharon: StaffMember;
  let priya: StaffMember;
  let resting: StaffMember;
  let full: StaffMember;

  beforeEach(async () => {
    await ctx.clear();
    w = makeWorld(ctx);
    feature = createMentorFeature(w.deps);
    alex = await addStaff(ctx, 'coordinator', 'Alex Nelson');
    sharon = await addStaff(ctx, 'mentor', 'Sharon Hill');
    priya = await addStaff(ctx, 'mentor', 'Priya Shah');
    resting = await addStaff(ctx, 'mentor', 'Rob Resting', { status: 'break' });
    full = await addStaff(ctx, 'mentor', 'Fay Full', { capacity: 0 });
  });

  async function shared() {
    const h = await addHandoff(ctx, alex);
    const reply = await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
    const card = w.to(sharon.id)[0]?.card;
    return { ...h, reply, card };
  }

  describe('share', () => {
    it('goes as an anonymised card to the mentors who are active and have room, and nobody else', async () => {
      const { reply, card, handoffId } = await shared();
      expect(reply.texts).toEqual(["Shared with 2 mentors. You'll see here who could connect."]);
      expect(w.sent.map((s) => s.to).sort()).toEqual([sharon.id, priya.id].sort());
      expect(w.to(resting.id)).toEqual([]);
      expect(w.to(full.id)).toEqual([]);
      expect(w.teams.refreshHandoffCards).toHaveBeenCalledWith(handoffId);

      const shown = cardText(card);
      for (const seen of [
        'J.P.',
        '34',
        'Taunton',
        'I hardly leave the house',
        'Someone to talk to who gets it',
        'Go into town on my own',
      ]) {
        expect(shown).toContain(seen);
      }
      for (const hidden of [
        'Jo',
        'Pennington',
        '07700',
        'example.com',
        'Priory',
        '14',
        'TA1',
        'Flat',
        'buses',
        'Weekday',
        'older than me',
      ]) {
        expect(shown).not.toMatch(new RegExp(`\\b${hidden}\\b`));
      }
    });

    it('is for coordinators only, and only from a claimed handoff', async () => {
      const claimed = await addHandoff(ctx, alex);
      const open = await addHandoff(ctx, null);
      expect((await tap(feature, sharon, { verb: 'referral.share', handoffId: claimed.handoffId })).texts).toEqual([
        'Only a coordinator can do that.',
      ]);
      expect((await tap(feature, alex, { verb: 'referral.share', handoffId: open.handoffId })).texts).toEqual([
        'Please claim this person first, then share them with mentors.',
      ]);
      expect(w.sent).toEqual([]);
      expect(await ctx.db.referral.count()).toBe(0);
    });

    it('says so when no mentor has room, and shares again later with those who have', async () => {
      await ctx.db.staff.updateMany({ where: { id: { in: [sharon.id, priya.id] } }, data: { capacity: 0 } });
      const h = await addHandoff(ctx, alex);
      const first = await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
      expect(first.texts[0]).toMatch(/^No mentor has room right now/);
      await ctx.db.staff.update({ where: { id: priya.id }, data: { capacity: 2 } });
      const again = await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
      expect(again.texts[0]).toMatch(/^Shared with 1 mentor\./);
      expect(await ctx.db.referral.count()).toBe(1);
    });
  });

  describe('interest and match', () => {
    it('"I could connect" reaches the coordinator, who matches; the mentor gets the intro, the others a kind note, the person is told', async () => {
      const dispatch = vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
      const { card, personId, phone } = await shared();
      const priyaCard = w.to(priya.id)[0]?.card;

      const yes = await tap(feature, sharon, { ...button(card, 'I could connect'), note: 'I have been there' });
      expect(yes.texts).toEqual([
        "Thank you. We've told the coordinator you could connect. They'll let you know either way.",
      ]);
      const interest = w.to(alex.id).at(-1)?.card;
      expect(cardText(interest)).toContain('**Sharon Hill** could connect: \\"I have been there\\"');

      await tap(feature, priya, { ...button(priyaCard, 'I could connect') });
      const both = w.to(alex.id).at(-1)?.card;
      expect(cardText(both)).toContain('Match with Priya Shah');

      const matched = await tap(feature, alex, button(both, 'Match with Sharon Hill'));
      expect(matched.texts).toEqual([
        "Matched with Sharon Hill. We've sent them the details for the first contact and told the person.",
      ]);

      const intro = cardText(w.to(sharon.id).at(-1)?.card);
      expect(intro).toContain("You've been matched with Jo");
      expect(intro).toContain(`Phone or text: ${phone}`);
      expect(intro).toContain('Weekday mornings');
      expect(intro).toContain('I get anxious on buses');

      expect(w.to(priya.id).at(-1)?.text).toMatch(
        /^Thank you for offering to connect with J\.P\., 34, Taunton\. They've now been matched with another mentor\./,
      );
      expect(dispatch).toHaveBeenCalledWith(personId, {
        type: 'MENTOR_MATCHED',
        at: w.clock.now().toISOString(),
        mentorFirstName: 'Sharon',
      });
    });

    it('only a coordinator matches, only a mentor who said yes, and only once', async () => {
      vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
      const { card } = await shared();
      const referralId = referralIdOf(card, 'Not this time');
      await tap(feature, sharon, button(card, 'I could connect'));
      await tap(feature, priya, button(w.to(priya.id)[0]?.card, 'Not this time'));

      const asMentor = await tap(feature, sharon, { verb: 'referral.match', referralId, mentorId: sharon.id });
      expect(asMentor.texts).toEqual(['Only a coordinator can do that.']);
      const declined = await tap(feature, alex, { verb: 'referral.match', referralId, mentorId: priya.id });
      expect(declined.texts).toEqual(['That mentor has not said they could connect.']);

      await tap(feature, alex, { verb: 'referral.match', referralId, mentorId: sharon.id });
      const twice = await tap(feature, alex, { verb: 'referral.match', referralId, mentorId: sharon.id });
      expect(twice.texts).toEqual(['This referral is no longer open. Thank you for looking.']);
      expect(w.to(sharon.id).filter((s) => s.dedupeKey.endsWith(':intro'))).toHaveLength(1);
    });
    it('two matches at once: one wins, with one audit line naming the mentor who was matched', async () => {
      vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
      const { card } = await shared();
      const referralId = referralIdOf(card, 'I could connect');
      await tap(feature, sharon, button(card, 'I could connect'));
      await tap(feature, priya, button(w.to(priya.id)[0]?.card, 'I could connect'));

      const answers = await Promise.all([
        tap(feature, alex, { verb: 'referral.match', referralId, mentorId: sharon.id }),
        tap(feature, alex, { verb: 'referral.match', referralId, mentorId: priya.id }),
      ]);

      const referral = await ctx.db.referral.findUniqueOrThrow({ where: { id: referralId } });
      const lines = await ctx.db.auditEvent.findMany({ where: { action: 'referral.matched', subjectId: referralId } });
      expect(lines.map((l) => l.detail)).toEqual([{ mentorId: referral.matchedMentorId }]);
      expect(
        answers.filter((a) => a.texts.includes('This referral is no longer open. Thank you for looking.')),
      ).toHaveLength(1);
    });
  });

  describe('privacy refusals', () => {
    let referralId: string;

    beforeEach(async () => {
      vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
      const { card } = await shared();
      referralId = referralIdOf(card, 'I could connect');
      await tap(feature, sharon, button(card, 'I could connect'));
      await tap(feature, priya, button(w.to(priya.id)[0]?.card, 'I could connect'));
      await tap(feature, alex, { verb: 'referral.match', referralId, mentorId: sharon.id });
    });

    it('a referral matched to someone else is no longer shown: answering it again tells nothing', async () => {
      const again = await tap(feature, priya, { verb: 'referral.respond', referralId, answer: 'interested' });
      expect(again.texts).toEqual([
        'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
      ]);
      // The tapped card is replaced by the closed one: no buttons, nothing about the person.
      expect(again.cards).toHaveLength(1);
      const shown = cardText(again.cards[0]);
      expect(shown).toContain('This person has now been matched with a mentor. Thank you for offering.');
      expect(shown).not.toMatch(/J\.P\.|Taunton|34|hardly leave|Action\./);
    });

    it('the matched mentor tapping their old card is told so, and sees the card that says they were matched', async () => {
      const again = await tap(feature, sharon, { verb: 'referral.respond', referralId, answer: 'interested' });
      expect(again.texts).toEqual(["You're already matched with this person. Thank you for saying yes."]);
      expect(cardText(again.cards[0])).toContain("You've been matched with Jo");
      expect(cardText(again.cards[0])).not.toMatch(/Action\.|07700|Pennington/);
    });

    it('contact details go only to the mentor they were given to at matching', async () => {
      const other = await tap(feature, priya, { verb: 'referral.contact', referralId });
      expect(other.texts).toEqual([
        'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
      ]);
      const coordinatorAsMentor = await tap(feature, alex, { verb: 'referral.contact', referralId });
      expect(coordinatorAsMentor.texts).toEqual(['That is for mentors.']);
      const own = await tap(feature, sharon, { verb: 'referral.contact', referralId });
      expect(cardText(own.cards[0])).toContain('Phone or text: +44');
    });

    it("a mentor cannot check in on, or see, another mentor's mentee", async () => {
      const start = await tap(feature, priya, { verb: 'checkin.start', referralId });
      expect(start.texts).toEqual(["That isn't one of your mentees, so I can't show it."]);
      expect(start.cards).toEqual([]);
      const submit = await tap(feature, priya, {
        verb: 'checkin.submit',
        referralId,
        session: '1',
        sessionDate: '2026-11-23',
        mode: 'phone',
      });
      expect(submit.texts).toEqual(["That isn't one of your mentees, so I can't show it."]);
      expect(await ctx.db.checkIn.count()).toBe(0);
      const review = await tap(feature, priya, { verb: 'review.decide', referralId, decision: 'close' });
      expect(review.texts).toEqual(["That isn't one of your mentees, so I can't show it."]);
      expect((await say(feature, priya, 'my mentees')).texts).toEqual(["You don't have any mentees just now."]);
      expect((await say(feature, sharon, 'my mentees')).texts).toEqual(['- Jo: not started yet']);
    });

    it('a referral card not yet posted when the referral closes is never posted; a posted one is updated', async () => {
      expect(await renderReferralCard(ctx.db, referralId, priya.id, 'post')).toBeNull();
      const update = await renderReferralCard(ctx.db, referralId, priya.id, 'update');
      expect(cardText(update ?? undefined)).toContain('This person has now been matched with a mentor.');
      expect(await renderReferralCard(ctx.db, 'gone', priya.id, 'update')).toBeNull();
    });

    it('once the mentoring has ended, even the matched mentor no longer gets the contact details', async () => {
      await tap(feature, alex, { verb: 'review.decide', referralId, decision: 'close' });
      const after = await tap(feature, sharon, { verb: 'referral.contact', referralId });
      expect(after.texts).toEqual(['This referral is no longer open. Thank you for looking.']);
    });
  });
});
