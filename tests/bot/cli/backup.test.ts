// `admin backup` and `admin restore` as a volunteer would use them: a backup taken while the server runs is a sound
// copy with personal data still encrypted and no key in it; a restore with the server stopped puts it back, keeps the
// database it replaced and says so; a restore that could lose or mix data is refused in one line, changing nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminWith } from '../../support/admin.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { describeEachDatabase, keyEnvOf } from '../../support/databases.js';
import { text } from '../../support/sms.js';

const ZOE = '+447700900733';
const SAM = '11111111-2222-3333-4444-555555555555';
const ALEX = '66666666-7777-8888-9999-000000000000';

const admin = (env: Record<string, string>, ...argv: string[]) =>
  runAdminWith(env, argv, () => new Date('2026-12-05T10:00:00Z'));

/** Opens a SQLite file on its own, as an operator's sqlite3 would. */
function peek<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-backup-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describeEachDatabase('admin backup while the server runs', (ctx) => {
  let t: TestApp;
  const env = () => ({ DATABASE_URL: ctx.url, ...keyEnvOf(ctx.provider) });
  beforeAll(async () => {
    await ctx.clear();
    t = await startTestApp(ctx);
    for (const line of ['hi', 'yes', 'yes', 'Taunton', 'Zoe Quillfeather', 'Can I talk to someone']) {
      await text(t, ZOE, line);
    }
  });
  afterAll(() => t.close());

  it.runIf(ctx.provider === 'sqlite')(
    'writes a sound copy, readable by its owner only, with personal data encrypted and no key in it',
    async () => {
      const file = path.join(scratch, 'monday.db');
      const run = await admin(env(), 'backup', file);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      const live = ctx.url.slice('file:'.length);
      expect(run.out).toBe(
        `backed up ${live} to ${file} (${Math.round(fs.statSync(file).size / 1024)} KB, 1 people, mode 0600). ` +
          `Personal data in it stays encrypted; the data key is not in it: keep ${live}.key safe and apart from ` +
          'the backup, or the backup cannot be read.',
      );
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(peek(file, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
      expect(peek(file, (db) => db.prepare('SELECT count(*) AS n FROM Message').get())).toEqual({ n: 6 });

      const bytes = fs.readFileSync(file).toString('latin1');
      for (const secret of [ZOE, '7700900733', 'Taunton', 'Quillfeather', 'talk to someone']) {
        expect(bytes).not.toContain(secret);
      }
      const key = fs.readFileSync(`${live}.key`, 'utf8').trim();
      expect(bytes).not.toContain(key);
      expect(bytes).not.toContain(Buffer.from(key, 'base64').toString('latin1'));
      expect(await ctx.db.auditEvent.count({ where: { action: 'database.backup' } })).toBe(1);

      const again = await admin(env(), 'backup', file);
      expect(again).toMatchObject({
        code: 1,
        out: '',
        err: `admin: ${file} already exists: choose a new file name (nothing is overwritten)`,
      });
    },
  );

  it.runIf(ctx.provider === 'sqlite')('will not restore while the server has the database open', async () => {
    const run = await admin(env(), 'restore', path.join(scratch, 'monday.db'));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^admin: the database .* is in use \(is peer-connect still running\?\): stop the server, then restore$/,
    );
    expect(await ctx.db.person.count()).toBe(1);
    expect(
      fs.readdirSync(path.dirname(ctx.url.slice('file:'.length))).filter((f) => f.includes('before-restore')),
    ).toEqual([]);
  });

  it.runIf(ctx.provider === 'postgresql')('says to use pg_dump and pg_restore on PostgreSQL', async () => {
    const backup = await admin(env(), 'backup', path.join(scratch, 'pg.dump'));
    expect(backup.code).toBe(1);
    expect(backup.err).toMatch(
      /^admin: the database is PostgreSQL \(.*\): back it up with pg_dump, e\.g\. pg_dump --format=custom/,
    );
    expect(backup.err).toMatch(/DATA_KEY is not in it$/);
    expect(fs.existsSync(path.join(scratch, 'pg.dump'))).toBe(false);
    const restore = await admin(env(), 'restore', path.join(scratch, 'pg.dump'));
    expect(restore.code).toBe(1);
    expect(restore.err).toMatch(/^admin: the database is PostgreSQL \(.*\): restore a pg_dump backup with pg_restore/);
  });
});

describe('admin restore, with the server stopped', () => {
  const folder = path.join(scratch, 'office');
  const live = path.join(folder, 'peer-connect.db');
  const env = { DATABASE_URL: `file:${live}` };
  const backup = path.join(scratch, 'tuesday.db');
  const staffNames = async () => (await admin(env, 'staff', 'list')).out;

  beforeAll(async () => {
    expect((await admin(env, 'staff', 'add', '--role', 'coordinator', '--aad', SAM, '--name', 'Sam')).code).toBe(0);
    expect((await admin(env, 'backup', backup)).code).toBe(0);
    expect((await admin(env, 'staff', 'add', '--role', 'mentor', '--aad', ALEX, '--name', 'Alex')).code).toBe(0);
  });

  it.each<[string, () => string, RegExp]>([
    [
      'a file that does not exist',
      () => path.join(scratch, 'nowhere.db'),
      /^admin: there is no backup at .*nowhere\.db$/,
    ],
    [
      'a file that is not a database',
      () => {
        const file = path.join(scratch, 'notes.txt');
        fs.writeFileSync(file, 'shopping list\n'.repeat(200));
        return file;
      },
      /^admin: .*notes\.txt is not a SQLite database$/,
    ],
    [
      "a SQLite database that is not peer-connect's",
      () => {
        const file = path.join(scratch, 'other.db');
        const db = new Database(file);
        db.exec('CREATE TABLE recipes (name TEXT)');
        db.close();
        return file;
      },
      /^admin: .*other\.db is not a peer-connect database \(no Person, DataKeyCheck, _prisma_migrations table\)$/,
    ],
    [
      'a backup made by a newer version',
      () => {
        const file = path.join(scratch, 'newer.db');
        fs.copyFileSync(backup, file);
        const db = new Database(file);
        db.prepare(
          "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at) VALUES ('x', 'x', ?, 0, 0)",
        ).run('29991231000000_from_the_future');
        db.close();
        return file;
      },
      /^admin: the backup was made by a newer version of peer-connect \(migration 29991231000000_from_the_future is unknown here\): upgrade first$/,
    ],
    ['the database itself', () => live, /^admin: .*peer-connect\.db is the database itself, not a backup of it$/],
  ])('refuses %s in one line and changes nothing', async (_title, fileOf, reason) => {
    const before = await staffNames();
    const run = await admin(env, 'restore', fileOf());
    expect(run.code).toBe(1);
    expect(run.err).toMatch(reason);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(await staffNames()).toBe(before);
    expect(fs.readdirSync(folder).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it("refuses a backup encrypted with another database's key: the key is never in a backup", async () => {
    const elsewhere = { DATABASE_URL: `file:${path.join(scratch, 'elsewhere', 'pc.db')}` };
    await admin(elsewhere, 'staff', 'add', '--role', 'coordinator', '--aad', ALEX, '--name', 'Alex');
    const foreign = path.join(scratch, 'elsewhere.db');
    expect((await admin(elsewhere, 'backup', foreign)).code).toBe(0);
    const run = await admin(env, 'restore', foreign);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^admin: the backup's personal data is encrypted with data key [0-9a-f]{8}, but this server has [0-9a-f]{8}: set DATA_KEY to that key \(or put its key file back\) first; a backup never holds the key$/,
    );
  });

  it('puts the backup back, keeps the database it replaced, and records the restore', async () => {
    expect(await staffNames()).toMatch(/Alex/);
    const run = await admin(env, 'restore', backup);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const kept = /is kept at (\S+): delete it once all is well\./.exec(run.out)?.[1] ?? '';
    expect(run.out).toBe(
      `restored ${live} from ${backup} (0 people). The database it replaced is kept at ${kept}: delete it once all ` +
        'is well. Start the server again.',
    );
    expect(kept).toBe(`${live}.before-restore-2026-12-05T10-00-00-000Z`);
    expect(fs.statSync(kept).mode & 0o777).toBe(0o600);
    expect(peek(kept, (db) => db.prepare('SELECT count(*) AS n FROM Staff').get())).toEqual({ n: 2 });

    const names = await staffNames();
    expect(names).toMatch(/Sam/);
    expect(names).not.toMatch(/Alex/);
    expect((await admin(env, 'audit')).out).toMatch(
      /database\.restored\s+\{"file":"tuesday\.db","kept":"peer-connect\.db\.before-restore-/,
    );
  });

  it('restores onto a new machine once the key file is put back beside the database, and not before', async () => {
    const fresh = path.join(scratch, 'new-machine', 'peer-connect.db');
    const freshEnv = { DATABASE_URL: `file:${fresh}` };
    const refused = await admin(freshEnv, 'restore', backup);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/but there is no DATA_KEY and no key file beside the database: set DATA_KEY/);
    expect(fs.existsSync(fresh)).toBe(false);

    fs.mkdirSync(path.dirname(fresh));
    fs.copyFileSync(`${live}.key`, `${fresh}.key`);
    const run = await admin(freshEnv, 'restore', backup);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^restored .* \(0 people\)\. There was no database before\. Start the server again\.$/);
    expect((await admin(freshEnv, 'staff', 'list')).out).toMatch(/Sam/);
  });
});
