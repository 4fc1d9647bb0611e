// openDatabase on both databases: start-up errors an operator can act on, SQLite settings, and error recognition.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, providerOf } from '../../../bot/db/client.js';
import { DatabaseStartError, isNotFound, isUniqueViolation } from '../../../bot/db/errors.js';
import { describeEachDatabase } from '../../support/databases.js';

describe('providerOf', () => {
  it('picks the provider from the URL scheme', () => {
    expect(providerOf('file:./data/peer-connect.db')).toBe('sqlite');
    expect(providerOf('postgresql://u:p@db.example:5432/app')).toBe('postgresql');
    expect(providerOf('postgres://db.example/app')).toBe('postgresql');
  });

  it('rejects other schemes with a clear error', () => {
    expect(() => providerOf('mysql://localhost/app')).toThrow(DatabaseStartError);
    expect(() => providerOf('mysql://localhost/app')).toThrow(/scheme mysql: is not supported: use file:PATH/);
  });
});

describe('openDatabase start-up errors', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-client-test-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('names the SQLite folder that cannot be created', async () => {
    // Tests may run as root, which chmod does not stop: a folder below a regular file can never be created.
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, '');
    const opening = openDatabase(`file:${file}/data/peer-connect.db`);
    await expect(opening).rejects.toBeInstanceOf(DatabaseStartError);
    await expect(opening).rejects.toThrow(`the database folder ${file}/data cannot be created or written: `);
  });

  it('says which PostgreSQL server cannot be reached, without the password', async () => {
    const opening = openDatabase('postgresql://peer:s3cret-pw@127.0.0.1:1/peer_connect');
    await expect(opening).rejects.toBeInstanceOf(DatabaseStartError);
    const err: unknown = await opening.catch((e: unknown) => e);
    const message = err instanceof Error ? err.message : '';
    expect(message).toMatch(/^cannot reach the database at 127\.0\.0\.1:1\/peer_connect: .*ECONNREFUSED/);
    expect(message).not.toContain('s3cret-pw');
    expect(message).not.toContain('\n');
  });

  it('refuses a PostgreSQL URL that names no database, before connecting', async () => {
    // Port 1 answers nothing: the refusal comes first, so nothing could have been migrated anywhere.
    for (const url of ['postgresql://peer@127.0.0.1:1', 'postgresql://peer@127.0.0.1:1/']) {
      const opening = openDatabase(url);
      await expect(opening).rejects.toBeInstanceOf(DatabaseStartError);
      await expect(opening).rejects.toThrow(/names no database, so PostgreSQL would use its own "postgres" database/);
    }
  });

  const serverUrl = process.env['TEST_DATABASE_URL'];
  it.skipIf(!serverUrl)('leaves the server\'s own "postgres" database untouched', async () => {
    const bare = new URL(serverUrl ?? '');
    bare.pathname = '';
    await expect(openDatabase(bare.toString())).rejects.toThrow(/names no database/);
    const admin = new URL(serverUrl ?? '');
    admin.pathname = '/postgres';
    const check = new pg.Client({ connectionString: admin.toString() });
    await check.connect();
    try {
      const tables = await check.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'Person'");
      expect(tables.rowCount).toBe(0);
    } finally {
      await check.end();
    }
  });

  it('rejects an unsupported URL', async () => {
    await expect(openDatabase('mongodb://localhost/app')).rejects.toThrow(DatabaseStartError);
  });
});

describeEachDatabase('openDatabase', (ctx) => {
  it('opens a migrated database that reads and writes', async () => {
    const person = await ctx.db.person.create({ data: { phone: '+447700900001', teamsRef: { id: 'ref' } } });
    const found = await ctx.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(found.phone).toBe('+447700900001');
    expect(found.teamsRef).toEqual({ id: 'ref' });
  });

  it('recognises a unique violation from a model query', async () => {
    await ctx.db.person.create({ data: { phone: '+447700900002' } });
    const err: unknown = await ctx.db.person.create({ data: { phone: '+447700900002' } }).catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
    expect(isNotFound(err)).toBe(false);
  });

  it('recognises a unique violation from a raw query', async () => {
    const insert = (id: string) =>
      ctx.db.$executeRaw`INSERT INTO "Staff" (id, "aadObjectId", name, role) VALUES (${id}, 'aad-1', 'A', 'mentor')`;
    await insert('staff-1');
    const err: unknown = await insert('staff-2').catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it('recognises a missing record', async () => {
    const err: unknown = await ctx.db.person
      .update({ where: { id: 'no-such-person' }, data: { optedOutAt: new Date() } })
      .catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect(isUniqueViolation(err)).toBe(false);
    expect(isUniqueViolation(new Error('something else'))).toBe(false);
  });

  it('enforces foreign keys', async () => {
    const orphan = ctx.db.conversation.create({
      data: { personId: 'no-such-person', channel: 'sms', snapshot: {}, state: 'start' },
    });
    await expect(orphan).rejects.toThrow();
  });

  it('clears every table', async () => {
    await ctx.db.person.create({
      data: { phone: '+447700900003', conversation: { create: { channel: 'sms', snapshot: {}, state: 's' } } },
    });
    await ctx.clear();
    expect(await ctx.db.person.count()).toBe(0);
    expect(await ctx.db.conversation.count()).toBe(0);
  });

  it.runIf(ctx.provider === 'sqlite')('runs SQLite in WAL mode with the expected settings', async () => {
    const pragma = async (name: string): Promise<unknown> => {
      const rows = await ctx.db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${name}`);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(Number(await pragma('synchronous'))).toBe(1); // NORMAL
    expect(Number(await pragma('foreign_keys'))).toBe(1);
    expect(Number(await pragma('busy_timeout'))).toBe(5000);
  });
});
