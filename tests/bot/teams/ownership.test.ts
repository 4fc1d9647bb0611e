// Who may do what with a claimed handoff, over the real Teams path: only the coordinator who claimed it returns,
// closes or shares it; another coordinator may take it over, openly (audited, and the claimant is told), and then the
// relay follows the new claimant.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardVerbs, type FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import {
  invokeCard,
  invokeMessage,
  say,
  startTeamsApp,
  submit,
  tap,
  teamsUser,
  type TeamsTestApp,
  type TurnResult,
} from '../../support/teams.js';

const PHONE = '+447700900456';

describeEachDatabase('only the claimant closes, returns or shares; others take over openly', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam Coordinator');
  const jo = teamsUser('Jo Coordinator');
  let handoffId = '';

  const said = (turn: TurnResult) => [...turn.replies, invokeMessage(turn) ?? ''].join('\n');
  const holder = async () =>
    (await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId }, include: { claimedBy: true } })).claimedBy
      ?.name;

  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, {
      staff: [
        { user: sam, role: 'coordinator', name: 'Sam' },
        { user: jo, role: 'coordinator', name: 'Jo' },
      ],
    });
    connector = t.connector;
    await text(t, PHONE, 'Can I talk to someone');
    handoffId = (await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: PHONE } } })).id;
    await t.app.worker.runOnce();
    const claimed = await tap(t, connector, sam, 'handoff.claim', { handoffId });
    expect(said(claimed)).toMatch(/You're now talking with/);
    await t.app.worker.runOnce();
  });
  afterAll(() => t.close());

  it('a claimed card offers Take over alongside the claimant’s buttons', async () => {
    const card = invokeCard(await tap(t, connector, jo, 'handoff.claim', { handoffId }));
    expect(card && cardVerbs(card)).toContain('handoff.takeover');
  });

  it.each([
    ['Return to bot', 'handoff.return', {}],
    ['Close', 'handoff.close', { outcome: 'withdrew' }],
  ])('refuses Jo tapping %s on Sam’s handoff, and nothing changes', async (_title, verb, extra) => {
    const turn = await tap(t, connector, jo, verb, { handoffId, ...extra });
    expect(said(turn)).toMatch(/Sam has claimed this, so only they can return it, close it or share it/);
    const row = await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
    expect(row.status).toBe('claimed');
    expect(await holder()).toBe('Sam');
  });

  it('refuses Jo sharing Sam’s handoff with mentors', async () => {
    const turn = await submit(t, connector, jo, 'referral.share', { handoffId });
    expect(said(turn)).toMatch(/Only the coordinator who claimed this person can share them/);
    expect(await ctx.db.referral.count({ where: { handoffId } })).toBe(0);
  });

  it('lets Jo take over: audited, Sam is told, and the relay moves to Jo', async () => {
    const turn = await tap(t, connector, jo, 'handoff.takeover', { handoffId });
    expect(said(turn)).toMatch(/You have taken over .* from Sam, who has been told/);
    expect(await holder()).toBe('Jo');
    await t.app.worker.runOnce();
    expect(connector.texts(sam.chatId).at(-1)).toMatch(/Jo has taken over .*Your chat with them has ended/);

    const samId = (await ctx.db.staff.findFirstOrThrow({ where: { aadObjectId: sam.aadObjectId } })).id;
    const joId = (await ctx.db.staff.findFirstOrThrow({ where: { aadObjectId: jo.aadObjectId } })).id;
    const line = await ctx.db.auditEvent.findFirstOrThrow({ where: { action: 'handoff.takeover' } });
    expect(line).toMatchObject({ actor: `staff:${joId}`, subjectId: handoffId, detail: { from: `staff:${samId}` } });

    expect(said(await say(t, connector, sam, 'Are you still there?'))).toMatch(/not talking with anyone/);
    const before = t.twilio.to(PHONE).length;
    expect((await say(t, connector, jo, 'Hi, Jo here from the team.')).replies).toEqual([]);
    await t.app.worker.runOnce();
    expect(t.twilio.to(PHONE).slice(before)).toContain('Hi, Jo here from the team.');
  });

  it('now refuses Sam, and lets Jo close', async () => {
    const refused = await tap(t, connector, sam, 'handoff.close', { handoffId, outcome: 'withdrew' });
    expect(said(refused)).toMatch(/Jo has claimed this/);
    const closed = await tap(t, connector, jo, 'handoff.close', { handoffId, outcome: 'withdrew' });
    expect(said(closed)).toMatch(/handoff is closed/);
    expect((await ctx.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).status).toBe('closed');
  });
});
