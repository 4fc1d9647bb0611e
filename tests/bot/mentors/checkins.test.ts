// A matched mentor's check-ins through session six and the review, a concern passed on at once, and the one
// overdue reminder, on both databases.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMentorFeature } from '../../../bot/mentors/feature.js';
import type { StaffMember } from '../../../bot/staff/member.js';
import type { TeamsFeature } from '../../../bot/teams/feature.js';
import { describeEachDatabase } from '../../support/databases.js';
import { addHandoff, addStaff, button, referralIdOf, cardText, makeWorld, say, tap, type World } from './world.js';

describeEachDatabase('mentors: check-ins', (ctx) => {
  let w: World;
  let feature: TeamsFeature;
  let alex: StaffMember;
  let sharon: StaffMember;
  let referralId: string;
  let personId: string;

  beforeEach(async () => {
    await ctx.clear();
    w = makeWorld(ctx);
    feature = createMentorFeature(w.deps);
    vi.spyOn(w.deps.intake, 'dispatch').mockResolvedValue(true);
    alex = await addStaff(ctx, 'coordinator', 'Alex Nelson');
    sharon = await addStaff(ctx, 'mentor', 'Sharon Hill');
    const h = await addHandoff(ctx, alex);
    personId = h.personId;
    await tap(feature, alex, { verb: 'referral.share', handoffId: h.handoffId });
    const card = w.to(sharon.id)[0]?.card;
    referralId = referralIdOf(card, 'I could connect');
    await tap(feature, sharon, button(card, 'I could connect'));
    await tap(feature, alex, { verb: 'referral.match', referralId, mentorId: sharon.id });
  });

  const checkIn = (session: number, extra: Record<string, string> = {}) =>
    tap(feature, sharon, {
      verb: 'checkin.submit',
      referralId,
      session: String(session),
      sessionDate: '2026-11-23',
      mode: 'phone',
      summary: 'Good chat',
      ...extra,
    });

  it('"check in" brings the card for the one mentee, ready for the next session', async () => {
    const seen = await say(feature, sharon, 'Check in');
    expect(seen.handled).toBe(true);
    const card = cardText(seen.cards[0]);
    expect(card).toContain('Check in: Jo');
    expect(card).toContain('"id":"session"');
    expect(card).toContain('"value":"1"');
    expect(card).toContain('"value":"2026-11-23"');
    expect(button(seen.cards[0], 'Send check-in')).toEqual({ verb: 'checkin.submit', referralId });
  });

  it('records sessions one to six with progress, then prompts the mentor and the coordinator to review', async () => {
    const table: Array<[number, string]> = [
      [1, "Thank you, that's saved. Session 1 of 6-8."],
      [2, "Thank you, that's saved. Session 2 of 6-8."],
      [3, "Thank you, that's saved. Session 3 of 6-8."],
      [4, "Thank you, that's saved. Session 4 of 6-8."],
      [5, "Thank you, that's saved. Session 5 of 6-8."],
    ];
    for (const [session, reply] of table) {
      const seen = await checkIn(session, { mode: session % 2 ? 'zoom' : 'in-person' });
      expect(seen.texts).toEqual([reply]);
      expect(cardText(seen.cards[0])).toContain(`Checked in: Jo`);
    }
    const sixth = await checkIn(6);
    expect(sixth.texts).toEqual(["Thank you, that's saved. Session 6 of 6-8."]);
    expect(cardText(sixth.cards[0])).toContain("That's six sessions with Jo");
    const forAlex = w.to(alex.id).at(-1)?.card;
    expect(cardText(forAlex)).toContain('Sharon Hill has had six sessions with J.P., 34, Taunton');
    expect(await ctx.db.checkIn.count({ where: { referralId } })).toBe(6);

    // Correcting session six does not prompt again.
    expect(cardText((await checkIn(6, { summary: 'Went well' })).cards[0])).not.toContain('six sessions');

    const suggestion = await tap(feature, sharon, button(sixth.cards[0], 'Carry on to eight'));
    expect(suggestion.texts).toEqual([
      "Thanks. We've told the coordinator you think it's time to carry on to eight sessions.",
    ]);
    expect(w.to(alex.id).at(-1)?.text).toBe(
      'Sharon Hill suggests J.P., 34, Taunton should carry on to eight sessions.',
    );

    const decided = await tap(feature, alex, button(forAlex, 'Step up to the navigators'));
    expect(decided.texts).toEqual(["Noted: step up to the navigators. We've let the mentor know."]);
    expect(w.to(sharon.id).at(-1)?.text).toBe(
      'Jo will be stepping up to the navigators for more support. Thank you for getting them this far.',
    );
    expect((await ctx.db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe('ended');
    expect((await say(feature, sharon, 'my mentees')).texts).toEqual(["You don't have any mentees just now."]);
  });

  it('a concern goes to coordinators at once as a safety event; crisis words make it urgent', async () => {
    const seen = await checkIn(1, { concern: 'She seemed very low this week' });
    expect(seen.texts[0]).toMatch(/We've passed your concern to a coordinator now/);
    const urgent = await checkIn(2, { concern: 'She said she wants to kill herself' });
    expect(urgent.texts[0]).toMatch(/concern/);
    const events = await ctx.db.safetyEvent.findMany({ orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.level, e.staffId, e.personId, e.flowState])).toEqual([
      ['concern', sharon.id, personId, 'mentor.checkin'],
      ['urgent', sharon.id, personId, 'mentor.checkin'],
    ]);
    const alerts = await ctx.db.job.findMany({ where: { kind: 'safety.alert' } });
    expect(alerts).toHaveLength(2);
  });

  it('turns away a check-in that does not make sense', async () => {
    expect((await checkIn(1, { mode: 'carrier pigeon' })).texts).toEqual([
      "Something in that didn't look right. Could you check it and try again?",
    ]);
    expect((await checkIn(1, { sessionDate: '31/02' })).texts[0]).toMatch(/didn't look right/);
    expect(await ctx.db.checkIn.count()).toBe(0);
  });

  describe('overdue', () => {
    it('one friendly reminder when the next session date passes with no check-in; coordinators see it', async () => {
      await checkIn(1, { nextSessionDate: '2026-11-30' });
      w.clock.set('2026-12-01T12:00:00Z');
      await w.worker.runOnce();
      expect(w.to(sharon.id).filter((s) => s.dedupeKey.includes(':overdue:'))).toEqual([]);

      w.clock.set('2026-12-02T12:00:00Z');
      await w.worker.runOnce();
      const reminders = w.to(sharon.id).filter((s) => s.dedupeKey.includes(':overdue:'));
      expect(reminders.map((r) => r.text)).toEqual([
        'Hi, just a gentle nudge: when you get a moment, could you check in about session 2 with Jo? If it didn\'t happen, that\'s fine too: say so in the check-in. Say "check in" to start.',
      ]);
      expect(w.to(alex.id).at(-1)?.text).toBe(
        'Check-in overdue: Sharon Hill has not yet checked in about session 2 with J.P., 34, Taunton (due 30 Nov 2026).',
      );
      expect((await say(feature, alex, 'overdue check-ins')).texts).toEqual([
        'Overdue check-ins:\n- Sharon Hill, session 2 with J.P., 34, Taunton (due 30 Nov 2026)',
      ]);

      w.clock.set('2026-12-09T12:00:00Z');
      await w.worker.runOnce();
      expect(w.to(sharon.id).filter((s) => s.dedupeKey.includes(':overdue:'))).toHaveLength(1);
    });

    it('no reminder when the check-in came in time', async () => {
      await checkIn(1, { nextSessionDate: '2026-11-30' });
      w.clock.set('2026-11-30T15:00:00Z');
      await checkIn(2, { sessionDate: '2026-11-30' });
      w.clock.set('2026-12-03T12:00:00Z');
      await w.worker.runOnce();
      expect(w.sent.filter((s) => s.dedupeKey.includes(':overdue:'))).toEqual([]);
      expect((await say(feature, alex, 'overdue')).texts).toEqual(['No check-ins are overdue.']);
    });
  });
});
