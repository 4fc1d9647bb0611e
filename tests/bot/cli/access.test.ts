// Access and audit, as a data protection officer would use them after real conversations: `admin export` gives one
// person everything held about them and nothing about anyone else (and is itself audited); `admin audit` lists who
// did what, views of the queue and of cards included, filtered by person, member of staff and date, as CSV too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminOn } from '../../support/admin.js';
import { describeEachDatabase } from '../../support/databases.js';
import type { FakeConnector } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const ZOE = '+447700900611';
const OTHER = '+447700900622';

describeEachDatabase('admin export and admin audit', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const sam = teamsUser('Sam Coordinator');

  const admin = adminOn(ctx, () => new Date('2026-12-01T10:00:00Z'));

  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator', name: 'Sam' }] });
    connector = t.connector;
    t.clock.set('2026-11-30T10:00:00Z');
    for (const line of ['hi', 'yes', 'yes', 'Taunton', 'Zoe', 'Can I talk to someone']) await text(t, ZOE, line);
    for (const line of ['hi', 'yes', 'yes', 'Frome', 'Other Person', 'talk to a person please']) {
      await text(t, OTHER, line);
    }
    await t.app.worker.runOnce();
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: ZOE } } });
    await tap(t, connector, sam, 'handoff.claim', { handoffId: handoff.id });
    await say(t, connector, sam, 'Hello Zoe, Sam from the team here');
    await say(t, connector, sam, 'queue');
    await t.app.worker.runOnce();
  });
  afterAll(() => t.close());

  it('exports everything about Zoe as JSON, and nothing about anyone else', async () => {
    const run = await admin('export', '--phone', ZOE);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.out) as Record<string, unknown>;
    const all = run.out;
    expect(data['person']).toMatchObject({ phone: ZOE });
    expect(all).toContain('Taunton');
    expect(all).toContain('Can I talk to someone');
    expect(all).toContain('Hello Zoe, Sam from the team here');
    expect(all).toContain('handoff.claim');
    for (const other of [OTHER, 'Frome', 'Other Person', 'talk to a person please', 'Sam Coordinator', '"Sam"']) {
      expect(all).not.toContain(other);
    }
  });

  it('exports the same as plain text, in sections a person can read', async () => {
    const run = await admin('export', '--phone', ZOE, '--text');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Everything we hold about \+447700900611/);
    expect(run.out).toMatch(/== Messages \(\d+\) ==/);
    expect(run.out).toContain('Can I talk to someone');
    expect(run.out).not.toContain('Frome');
  });

  it('refuses a number we hold nothing about, in one line', async () => {
    const run = await admin('export', '--phone', '+447700900999');
    expect(run).toMatchObject({ code: 1, err: 'admin: we hold nothing about +447700900999' });
  });

  it('the audit lists views, actions and exports; --person keeps to Zoe', async () => {
    const all = await admin('audit');
    expect(all.code).toBe(0);
    for (const action of ['handoff.created', 'handoff.claim', 'view.handoff-card', 'view.queue', 'person.exported']) {
      expect(all.out).toContain(action);
    }
    expect(all.out).toContain('Sam (coordinator)');

    const zoe = await admin('audit', '--person', ZOE);
    expect(zoe.out).toContain('person.exported');
    expect(zoe.out).toContain('view.handoff-card');
    const otherHandoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: OTHER } } });
    expect(all.out).toContain(otherHandoff.id);
    expect(zoe.out).not.toContain(otherHandoff.id);
    expect(zoe.out).not.toContain('view.queue'); // a queue view is about nobody in particular
  });

  it('--staff keeps to what Sam did; --since leaves out older lines; --csv is for a spreadsheet', async () => {
    const byStaff = await admin('audit', '--staff', sam.aadObjectId);
    const lines = byStaff.out.split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toContain('Sam (coordinator)');

    expect((await admin('audit', '--since', '2026-12-01')).out.split('\n').slice(1).join('\n')).not.toContain(
      'handoff.claim',
    );
    const csv = await admin('audit', '--csv', '--person', ZOE);
    expect(csv.out.split('\n')[0]).toBe('at,who,action,subject,detail');
    expect(csv.out).toMatch(/person\.exported,person:[0-9a-f-]+,"\{""format"":""json""\}"/);
  });
});
