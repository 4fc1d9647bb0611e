// The service's figures, as a coordinator preparing a funder's report would use them after real conversations:
// `admin report` counts first contacts, consent, the checks passed, handoffs, claims, safety events and erasures for
// a period, gives the waits' median and 90th percentile, reads as CSV too, and loses nothing when a person is erased.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminOn } from '../../support/admin.js';
import { describeEachDatabase } from '../../support/databases.js';
import { text } from '../../support/sms.js';
import { say, startTeamsApp, submit, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const AMY = '+447700900711';
const BEN = '+447700900722';
const CAL = '+447700900733';

describeEachDatabase('admin report', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam Coordinator');

  const admin = adminOn(ctx, () => new Date('2026-12-01T10:00:00Z'));
  /** The number a report line gives for one figure. */
  const figure = (report: string, name: string) => Number(new RegExp(`^${name}\\s+(\\d+)`, 'm').exec(report)?.[1]);

  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator', name: 'Sam' }] });
    t.clock.set('2026-11-30T10:00:00Z');
    // Amy goes all the way to a handoff; Ben consents and stops at the age check; Cal only says hello.
    for (const line of ['hi', 'yes', 'yes', 'Taunton', 'Amy', 'Can I talk to someone']) await text(t, AMY, line);
    for (const line of ['hi', 'yes please']) await text(t, BEN, line);
    await text(t, CAL, 'hello');
    await t.app.worker.runOnce();
    t.clock.set('2026-11-30T10:30:00Z');
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: AMY } } });
    await tap(t, t.connector, sam, 'handoff.claim', { handoffId: handoff.id });
    // Amy's handoff is closed the next morning: she withdrew.
    t.clock.set('2026-12-01T08:00:00Z');
    await submit(t, t.connector, sam, 'handoff.close', { handoffId: handoff.id, outcome: 'withdrew' });
    // A crisis message on the next day.
    t.clock.set('2026-12-01T09:00:00Z');
    await text(t, BEN, "i've taken all my tablets");
    await t.app.worker.runOnce();
  });
  afterAll(() => t.close());

  it('counts what happened in the period, and the wait from handoff to claim', async () => {
    const run = await admin('report', '--from', '2026-11-30', '--to', '2026-11-30');
    expect(run.code).toBe(0);
    expect(figure(run.out, 'contact')).toBe(3);
    expect(figure(run.out, 'consented')).toBe(2);
    expect(figure(run.out, 'eligible')).toBe(1);
    expect(figure(run.out, 'handoff')).toBe(1);
    expect(figure(run.out, 'claimed')).toBe(1);
    expect(figure(run.out, 'safety-urgent')).toBe(0);
    expect(run.out).toMatch(/^handoff-to-claim\s+1\s+30 minutes\s+30 minutes$/m);
  });

  it('takes in every day from --from to --to', async () => {
    const run = await admin('report', '--from', '2026-11-30', '--to', '2026-12-01');
    expect(figure(run.out, 'safety-urgent')).toBe(1);
    expect(figure(run.out, 'contact')).toBe(3);
    expect(figure(run.out, 'closed')).toBe(1);
    expect(figure(run.out, 'closed-withdrew')).toBe(1);
    expect(figure(run.out, 'closed-matched')).toBe(0);
  });

  it('shows a coordinator in Teams the last three months as a card, and audits the view', async () => {
    const turn = await say(t, t.connector, sam, 'report');
    const card = JSON.stringify(turn.cards);
    expect(card).toContain('Our figures');
    for (const month of ['Oct 2026', 'Nov 2026', 'Dec 2026']) expect(card).toContain(month);
    expect(card).toMatch(/\*\*Nov 2026\*\* {2}█+ 3/);
    expect(card).toContain('Handoff to a coordinator');
    expect(card).not.toContain(AMY);
    expect(await ctx.db.auditEvent.count({ where: { action: 'view.report' } })).toBeGreaterThanOrEqual(1);
  });

  it('loses nothing when every person is erased', async () => {
    const before = await admin('report', '--from', '2026-11-01', '--to', '2026-12-31', '--csv');
    for (const phone of [AMY, BEN, CAL]) expect((await admin('erase', '--phone', phone)).code).toBe(0);
    expect(await ctx.db.person.count({ where: { erasedAt: null } })).toBe(0);
    const after = await admin('report', '--from', '2026-11-01', '--to', '2026-12-31', '--csv');
    const withoutErased = (csv: string) => csv.split('\n').filter((l) => !l.startsWith('erased,'));
    expect(withoutErased(after.out)).toEqual(withoutErased(before.out));
    expect(after.out).toMatch(/^erased,3,,$/m);
    expect(after.out.split('\n')[0]).toBe('figure,count,median_seconds,p90_seconds');
    expect(after.out).not.toContain(AMY);
  });

  it('refuses a period that ends before it starts, in one line', async () => {
    const run = await admin('report', '--from', '2026-12-01', '--to', '2026-11-01');
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/--to must not be before --from/);
  });
});
