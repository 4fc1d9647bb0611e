// Time out, coming back and capacity, in the mentor's own words; the monthly peer meeting reminder. Both databases.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MentorJobKinds } from '../../../bot/mentors/kinds.js';
import { schedulePeerMeeting } from '../../../bot/mentors/jobs.js';
import { createMentorFeature } from '../../../bot/mentors/feature.js';
import type { StaffMember } from '../../../bot/staff/member.js';
import type { TeamsFeature } from '../../../bot/teams/feature.js';
import { describeEachDatabase } from '../../support/databases.js';
import { addHandoff, addStaff, button, referralIdOf, makeWorld, reload, say, tap, type World } from './world.js';

describeEachDatabase('mentors: time out, capacity and the peer meeting', (ctx) => {
  let w: World;
  let feature: TeamsFeature;
  let alex: StaffMember;
  let sharon: StaffMember;
  let priya: StaffMember;

  beforeEach(async () => {
    await ctx.clear();
    w = makeWorld(ctx);
    feature = createMentorFeature(w.deps);
    vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
    alex = await addStaff(ctx, 'coordinator', 'Alex Nelson');
    sharon = await addStaff(ctx, 'mentor', 'Sharon Hill');
    priya = await addStaff(ctx, 'mentor', 'Priya Shah');
  });

  async function matchSharon(): Promise<void> {
    const h = await addHandoff(ctx, alex);
    await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
    const card = w.to(sharon.id).at(-1)?.card;
    await tap(feature, sharon, button(card, 'I could connect'));
    await tap(feature, alex, {
      verb: 'referral.match',
      referralId: referralIdOf(card, 'I could connect'),
      mentorId: sharon.id,
    });
  }

  async function shareAnother(): Promise<string[]> {
    const before = w.sent.length;
    const h = await addHandoff(ctx, alex);
    await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
    return w.sent.slice(before).map((s) => s.to);
  }

  it('a break until a date: no referrals, the coordinator of each mentee told, back on the day by itself', async () => {
    await matchSharon();
    const seen = await say(feature, sharon, "I'm taking a break until 12 Jan");
    expect(seen.texts).toEqual([
      `Of course. You're on a break until 12 Jan 2027: no new referrals until you're back. We've let the coordinators know, so your mentees are looked after. Take care of yourself. Say "I'm back" whenever you're ready.`,
    ]);
    expect(w.to(alex.id).at(-1)?.text).toBe(
      'Sharon Hill is taking a break until 12 Jan 2027. Their mentee (J.P., 34, Taunton) may need someone to check in.',
    );
    expect(await shareAnother()).toEqual([priya.id]);

    w.clock.set('2027-01-12T09:30:00Z');
    await w.worker.runOnce();
    expect((await reload(ctx, sharon)).status).toBe('active');
    expect(w.to(sharon.id).at(-1)?.text).toMatch(/^Your break has ended/);
    expect((await shareAnother()).sort()).toEqual([sharon.id, priya.id].sort());
  });

  it('an open break ends when the mentor says "I\'m back"', async () => {
    await say(feature, sharon, "I'm taking a break");
    expect(await shareAnother()).toEqual([priya.id]);
    const back = await say(feature, await reload(ctx, sharon), "I'm back!");
    expect(back.texts).toEqual([
      'Welcome back, it\'s good to have you. You have room for 2 more mentees (you can change that with "capacity 2", for example).',
    ]);
    expect((await shareAnother()).sort()).toEqual([sharon.id, priya.id].sort());
  });

  it('a mentor who is full gets no referrals; lowering capacity below their mentees tells the coordinator', async () => {
    await matchSharon();
    expect((await say(feature, sharon, 'capacity 1')).texts).toEqual([
      "Got it: up to 1 at once. You're full for now, so no new referrals until someone finishes.",
    ]);
    expect(await shareAnother()).toEqual([priya.id]);
    await say(feature, sharon, 'capacity 0');
    expect(w.to(alex.id).at(-1)?.text).toBe(
      'Sharon Hill now has room for 0 at once, fewer than their 1 current mentees (J.P., 34, Taunton). You may want to talk with them.',
    );
    expect((await say(feature, sharon, 'capacity 99')).texts[0]).toMatch(/didn't look right/);
  });

  it("availability is a mentor's own: coordinators' words pass through, their taps are refused", async () => {
    expect((await say(feature, alex, "I'm taking a break")).handled).toBe(false);
    expect((await say(feature, alex, 'hello there')).handled).toBe(false);
    expect((await tap(feature, alex, { verb: 'mentor.capacity', capacity: 3 })).texts).toEqual([
      'That is for mentors.',
    ]);
    expect((await say(feature, sharon, 'help')).texts[0]).toMatch(/^Here is what you can say to me/);
  });

  describe('peer meeting', () => {
    it('reminds active mentors a few days before the first Tuesday, then schedules the next month', async () => {
      await say(feature, priya, "I'm taking a break");
      const at = await schedulePeerMeeting(w.deps);
      expect(at?.toISOString()).toBe('2026-12-01T18:00:00.000Z');
      await schedulePeerMeeting(w.deps);
      const jobs = await ctx.db.job.findMany({ where: { kind: MentorJobKinds.peerMeeting } });
      expect(jobs.map((j) => j.runAt.toISOString())).toEqual(['2026-11-28T10:00:00.000Z']);

      w.clock.set('2026-11-28T10:00:00Z');
      await w.worker.runOnce();
      expect(w.to(sharon.id).map((s) => s.text)).toEqual([
        "A friendly reminder: the mentors' peer meeting is on Tuesday 1 Dec 2026 at 6:00 pm. Come if you can: it's a space for you. No need to reply.",
      ]);
      expect(w.to(priya.id).filter((s) => s.dedupeKey.startsWith('peer-meeting'))).toEqual([]);
      const next = await ctx.db.job.findMany({ where: { kind: MentorJobKinds.peerMeeting, status: 'pending' } });
      expect(next.map((j) => j.payload)).toEqual([{ at: '2027-01-05T18:00:00.000Z' }]);
    });
  });
});
