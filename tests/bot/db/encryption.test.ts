// Encryption at rest, end to end: after a conversation by text and one on Teams the app reads everything and the
// database as stored holds none of it (SQLite: the file's bytes; PostgreSQL: every row), the Teams mentee's user id
// included, and so are staff names; look-ups by phone and by Teams user id still work through the blind index; values
// written in clear before a field was encrypted are encrypted on the next start;
// the key comes from a 0600 key file made beside a SQLite database on first use (said out loud), or from DATA_KEY;
// `admin rotate-key` re-encrypts everything, data stays readable with the new key, and a wrong key is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAdmin } from '../../../bot/cli/admin.js';
import { openDatabase } from '../../../bot/db/client.js';
import { DatabaseStartError } from '../../../bot/db/errors.js';
import { runAdminWith } from '../../support/admin.js';
import { describeEachDatabase, keyEnvOf, TEST_DATA_KEY } from '../../support/databases.js';
import { text } from '../../support/sms.js';
import { personalValuesIn } from '../../support/personal-data.js';
import { say, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const PHONE = '+447700900833';
const MIA = teamsUser('Mia Thornbury', '6f1c2d3e-4b5a-4978-8a9b-0c1d2e3f4a5b');
const SAM = teamsUser('Sam Quillfeather');
const PERSONAL = [
  PHONE,
  '7700900833',
  'Quentin',
  'Wiveliscombe',
  'my allotment flooded',
  MIA.aadObjectId,
  'Thornbury',
  'Crewkerne',
  'Quillfeather',
];

const keyOf = (provider: 'sqlite' | 'postgresql') => ({ dataKey: keyEnvOf(provider)['DATA_KEY'] });

describeEachDatabase('encryption at rest', (ctx) => {
  let t: TeamsTestApp;
  const admin = (env: Record<string, string>, ...argv: string[]) =>
    runAdminWith({ DATABASE_URL: ctx.url, ...env }, argv);

  beforeAll(async () => {
    await ctx.clear();
    t = await startTeamsApp(ctx, { staff: [{ user: SAM, role: 'coordinator' }] });
    for (const line of ['hi', 'yes', 'yes', 'Wiveliscombe', 'Quentin', '40', 'my allotment flooded']) {
      await text(t, PHONE, line);
    }
    for (const line of ['hi', 'yes', 'yes', 'Crewkerne']) await say(t, t.connector, MIA, line);
  });
  afterAll(() => t.close());

  it('the app reads everything; the database as stored holds none of it', async () => {
    const person = await ctx.db.person.findUniqueOrThrow({ where: { phone: PHONE }, include: { messages: true } });
    expect(person.phone).toBe(PHONE);
    expect(person.messages.map((m) => m.body)).toContain('my allotment flooded');
    const conversation = await ctx.db.conversation.findFirstOrThrow({ where: { person: { phone: PHONE } } });
    expect(JSON.stringify(conversation.snapshot)).toContain('Wiveliscombe');
    const mia = await ctx.db.person.findUniqueOrThrow({
      where: { teamsUserId: MIA.aadObjectId },
      include: { conversation: true },
    });
    expect(mia.teamsUserId).toBe(MIA.aadObjectId);
    expect(JSON.stringify(mia.conversation?.snapshot)).toContain('Crewkerne');
    const sam = await ctx.db.staff.findUniqueOrThrow({ where: { aadObjectId: SAM.aadObjectId } });
    expect(sam.name).toBe('Sam Quillfeather');
    expect(JSON.stringify(sam.teamsRef)).toContain(SAM.chatId);
    const channels = await ctx.db.staffChannel.findMany();
    expect(channels.map((c) => JSON.stringify(c.reference)).join()).toContain(SAM.chatId);
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
  });

  it('values written in clear before their field was encrypted are encrypted, and found, after the next start', async () => {
    const old = '0a1b2c3d-aaaa-4bbb-8ccc-0d1e2f3a4b5c';
    const ref = `'{"user":{"name":"Olwen Pettigrew"},"conversation":{"id":"a:old-chat"}}'`;
    await ctx.db.$executeRawUnsafe(`INSERT INTO "Person" ("id", "teamsUserId") VALUES ('old-mentee', '${old}')`);
    await ctx.db.$executeRawUnsafe(
      `INSERT INTO "Staff" ("id", "aadObjectId", "name", "role", "teamsRef") ` +
        `VALUES ('old-staff', 'aad-old', 'Olwen Pettigrew', 'coordinator', ${ref})`,
    );
    await ctx.db.$executeRawUnsafe(
      `INSERT INTO "StaffChannel" ("id", "conversationId", "kind", "reference") ` +
        `VALUES ('old-channel', 'a:old-chat', 'personal', ${ref})`,
    );
    expect(await personalValuesIn(ctx, [old, 'Pettigrew'])).toEqual([old, 'Pettigrew']);
    const reopened = await openDatabase(ctx.url, { key: keyOf(ctx.provider) });
    try {
      expect(await personalValuesIn(ctx, [old, 'Pettigrew'])).toEqual([]);
      const found = await reopened.db.person.findUniqueOrThrow({ where: { teamsUserId: old } });
      expect(found).toMatchObject({ id: 'old-mentee', teamsUserId: old });
      const staff = await reopened.db.staff.findUniqueOrThrow({ where: { id: 'old-staff' } });
      expect(staff).toMatchObject({ name: 'Olwen Pettigrew', teamsRef: { user: { name: 'Olwen Pettigrew' } } });
      const channel = await reopened.db.staffChannel.findUniqueOrThrow({ where: { id: 'old-channel' } });
      expect(channel.reference).toMatchObject({ user: { name: 'Olwen Pettigrew' } });
      await reopened.db.$transaction([
        reopened.db.person.delete({ where: { id: 'old-mentee' } }),
        reopened.db.staff.delete({ where: { id: 'old-staff' } }),
        reopened.db.staffChannel.delete({ where: { id: 'old-channel' } }),
      ]);
    } finally {
      await reopened.close();
    }
  });

  it('on SQLite the key is a 0600 file beside the database, and a first use says so', async () => {
    if (ctx.provider !== 'sqlite') return;
    const file = `${ctx.url.slice('file:'.length)}.key`;
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const fresh = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pc-key-')), 'new.db');
    const run = await runAdmin(['staff', 'list'], {
      out: () => {},
      err: (l) => expect(l).toMatch(/created the data key at .*new\.db\.key \(mode 0600\)/),
      env: { DATABASE_URL: `file:${fresh}` },
    });
    expect(run).toBe(0);
    expect(fs.existsSync(`${fresh}.key`)).toBe(true);
    await fs.promises.rm(path.dirname(fresh), { recursive: true, force: true });
  });

  it('rotate-key re-encrypts everything: readable with the new key, refused with only the old one', async () => {
    await t.close();
    const run = await admin(keyEnvOf(ctx.provider), 'rotate-key');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/rotated the data key \(\w+ -> \w+\): \d+ rows re-encrypted/);
    const newKey = ctx.provider === 'postgresql' ? /DATA_KEY=(\S+)/.exec(run.out)?.[1] : undefined;
    const key = ctx.provider === 'postgresql' ? { dataKey: newKey, previousKeys: [TEST_DATA_KEY] } : {};
    const after = await openDatabase(ctx.url, { key });
    try {
      const person = await after.db.person.findUniqueOrThrow({ where: { phone: PHONE }, include: { messages: true } });
      expect(person.messages.map((m) => m.body)).toContain('my allotment flooded');
      expect(await after.db.auditEvent.count({ where: { action: 'data-key.rotated' } })).toBe(1);
    } finally {
      await after.close();
    }
    expect(await personalValuesIn(ctx, PERSONAL)).toEqual([]);
    if (ctx.provider === 'postgresql') {
      await expect(openDatabase(ctx.url, { key: { dataKey: TEST_DATA_KEY } })).rejects.toThrow(DatabaseStartError);
      await expect(openDatabase(ctx.url, { key: { dataKey: TEST_DATA_KEY } })).rejects.toThrow(/another data key/);
    } else {
      expect(
        fs
          .readFileSync(`${ctx.url.slice('file:'.length)}.key`, 'utf8')
          .trim()
          .split('\n'),
      ).toHaveLength(2);
    }
  });
});
