// The admin CLI against a real database: staff add, list, remove, erase and --help, with exit codes and one-line
// reasons, as an operator would run them.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminOn, runAdminWith } from '../../support/admin.js';
import { describeEachDatabase } from '../../support/databases.js';

const SAM = '11111111-2222-3333-4444-555555555555';
const ALEX = '66666666-7777-8888-9999-000000000000';

describeEachDatabase('npm run admin', (ctx) => {
  const admin = adminOn(ctx, () => new Date('2026-11-23T10:00:00Z'));

  beforeAll(async () => {
    await ctx.clear();
  });

  it.each<[string, string[], number, RegExp]>([
    [
      'adds a coordinator',
      ['staff', 'add', '--role', 'coordinator', '--aad', SAM, '--name', 'Sam Smith'],
      0,
      /added coordinator Sam Smith/,
    ],
    [
      'adds a mentor with a capacity',
      ['staff', 'add', '--role', 'mentor', '--aad', ALEX, '--name', 'Alex', '--capacity', '3'],
      0,
      /added mentor Alex/,
    ],
    [
      'refuses an unknown role',
      ['staff', 'add', '--role', 'boss', '--aad', SAM, '--name', 'S'],
      1,
      /must be coordinator or mentor/,
    ],
    [
      'refuses a capacity for a coordinator',
      ['staff', 'add', '--role', 'coordinator', '--aad', SAM, '--name', 'S', '--capacity', '2'],
      1,
      /mentors only/,
    ],
    ['refuses a missing name', ['staff', 'add', '--role', 'mentor', '--aad', ALEX], 1, /--name/],
    ['refuses removing nobody', ['staff', 'remove', '--aad', 'no-such-person'], 1, /no active member of staff/],
    ['refuses a phone that is not E.164', ['erase', '--phone', '07700 900123'], 1, /E\.164/],
    ['says when there is nobody to erase', ['erase', '--phone', '+447700900999'], 1, /nobody with phone/],
  ])('%s', async (_title, argv, code, pattern) => {
    const run = await admin(...argv);
    expect(run.code).toBe(code);
    expect(code === 0 ? run.out : run.err).toMatch(pattern);
    if (code !== 0) expect(run.err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('lists staff, then removes one', async () => {
    const list = await admin('staff', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/coordinator\s+Sam Smith\s+11111111/);
    expect(list.out).toMatch(/mentor\s+Alex\s+.*capacity 3/);
    expect((await admin('staff', 'remove', '--aad', ALEX)).code).toBe(0);
    expect((await admin('staff', 'list')).out).not.toMatch(/Alex/);
    const row = await ctx.db.staff.findUniqueOrThrow({ where: { aadObjectId: ALEX } });
    expect(row.status).toBe('removed');
  });

  it("erases a person's data but keeps their opt-out and an audit line", async () => {
    const person = await ctx.db.person.create({ data: { phone: '+447700900123', optedOutAt: new Date() } });
    await ctx.db.message.create({ data: { personId: person.id, direction: 'in', channel: 'sms', body: 'my story' } });
    await ctx.db.handoff.create({
      data: { personId: person.id, channel: 'sms', reason: 'asked', profile: { answers: {} } },
    });
    const run = await admin('erase', '--phone', '+447700900123');
    expect(run).toMatchObject({ code: 0, out: 'erased +447700900123' });
    expect(await ctx.db.message.count({ where: { personId: person.id } })).toBe(0);
    expect(await ctx.db.handoff.count({ where: { personId: person.id } })).toBe(0);
    const kept = await ctx.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(kept.optedOutAt).not.toBeNull();
    expect(kept.erasedAt).not.toBeNull();
    expect(await ctx.db.auditEvent.count({ where: { action: 'person.erased' } })).toBe(1);
  });
});

describe('admin --help', () => {
  it('lists every command and exits 0', async () => {
    const { code, out: text } = await runAdminWith({}, ['--help']);
    expect(code).toBe(0);
    for (const command of ['staff add', 'staff list', 'staff remove', 'erase --phone', 'queue', 'alerts']) {
      expect(text).toContain(command);
    }
    for (const command of ['backup <file>', 'restore <file>']) expect(text).toContain(command);
  });
});
