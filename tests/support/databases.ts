// Runs a test suite once per database: SQLite always, PostgreSQL when TEST_DATABASE_URL names a server. Each suite
// gets a fresh database of its own (a temporary file, or pc_test_<random>), migrated and dropped afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type DatabaseProvider, type Db, type OpenDatabase } from '../../bot/db/client.js';

export interface TestDatabase {
  name: DatabaseProvider;
  /** Why this database is skipped here, or null when tests run on it. */
  skipped: string | null;
  /** A new, empty database (not migrated); give it back with `drop`. */
  makeUrl(): Promise<string>;
  drop(url: string): Promise<void>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  skipped: null,
  makeUrl: async () => `file:${path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pc-test-')), 'test.db')}`,
  drop: async (url) => {
    await fs.promises.rm(path.dirname(url.slice('file:'.length)), { recursive: true, force: true });
  },
};

const serverUrl = process.env['TEST_DATABASE_URL'];

async function onServer<T>(job: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    return await job(admin);
  } finally {
    await admin.end();
  }
}

function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  // Never drop anything this helper did not create (a mistyped URL must not drop the server's databases).
  if (!/^pc_test_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  return name;
}

const postgresql: TestDatabase = {
  name: 'postgresql',
  skipped: serverUrl ? null : 'TEST_DATABASE_URL is not set',
  makeUrl: async () => {
    // Random, not per-worker: parallel workers and files never share a name.
    const name = `pc_test_${crypto.randomBytes(6).toString('hex')}`;
    await onServer((admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  },
  drop: async (url) => {
    const name = databaseNameOf(url);
    await onServer((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  },
};

export const databases: readonly TestDatabase[] = [sqlite, postgresql];

/** The data key the tests use on PostgreSQL (which needs DATA_KEY); SQLite finds its key file beside the database. */
export const TEST_DATA_KEY = 'dGVzdC1kYXRhLWtleS0wMTIzNDU2Nzg5YWJjZGVmZ2g=';

/** What a CLI or server run against this database needs in its environment to find the data key. */
export function keyEnvOf(provider: DatabaseProvider): Record<string, string> {
  return provider === 'postgresql' ? { DATA_KEY: TEST_DATA_KEY } : {};
}

/** Prints the one-line skip notice, once per test run: workers are separate processes, they agree by a marker file. */
export function noticeSkipped(database: TestDatabase): void {
  if (database.skipped === null) return;
  const marker = path.join(os.tmpdir(), `pc-test-skip-${database.name}-${process.ppid}`);
  try {
    fs.writeFileSync(marker, '', { flag: 'wx' });
  } catch {
    return;
  }
  console.warn(`PostgreSQL tests skipped: ${database.skipped}`);
}

export interface DatabaseContext {
  readonly provider: DatabaseProvider;
  /** The migrated database's URL (set in beforeAll). */
  readonly url: string;
  /** The client (set in beforeAll). */
  readonly db: Db;
  /** Deletes every row of every table, for tests that need an empty database. */
  clear(): Promise<void>;
}

async function clearAll(db: Db, provider: DatabaseProvider): Promise<void> {
  const rows =
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<Array<{ name: string }>>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
        )
      : await db.$queryRawUnsafe<Array<{ name: string }>>(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
        );
  const tables = rows.map((row) => `"${row.name}"`);
  if (tables.length === 0) return;
  if (provider === 'postgresql') {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')} CASCADE`);
    return;
  }
  // Children first is unknowable here: switch foreign keys off for the one connection SQLite uses.
  await db.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    for (const table of tables) await db.$executeRawUnsafe(`DELETE FROM ${table}`);
  } finally {
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
}

/**
 * `describe(title [sqlite|postgresql], …)` once per database. The body registers tests as usual and reads
 * `ctx.db` inside them (not while registering). A skipped database shows as a skipped suite plus one notice.
 */
export function describeEachDatabase(title: string, body: (ctx: DatabaseContext) => void): void {
  for (const database of databases) {
    const suiteTitle = `${title} [${database.name}]`;
    if (database.skipped !== null) {
      noticeSkipped(database);
      describe.skip(`${suiteTitle} (skipped: ${database.skipped})`, () => body(unavailable(database.name)));
      continue;
    }
    let url: string | undefined;
    let opened: OpenDatabase | undefined;
    const ctx: DatabaseContext = {
      provider: database.name,
      get url() {
        if (url === undefined) throw new Error('ctx.url is set in beforeAll: read it inside a test or hook');
        return url;
      },
      get db() {
        if (opened === undefined) throw new Error('ctx.db is set in beforeAll: read it inside a test or hook');
        return opened.db;
      },
      clear: () => clearAll(ctx.db, database.name),
    };
    describe(suiteTitle, () => {
      beforeAll(async () => {
        url = await database.makeUrl();
        opened = await openDatabase(url, { key: { dataKey: keyEnvOf(database.name)['DATA_KEY'] } });
      });
      afterAll(async () => {
        await opened?.close();
        if (url !== undefined) await database.drop(url);
      });
      body(ctx);
    });
  }
}

function unavailable(provider: DatabaseProvider): DatabaseContext {
  const fail = (): never => {
    throw new Error(`${provider} is skipped in this run`);
  };
  return {
    provider,
    get url() {
      return fail();
    },
    get db() {
      return fail();
    },
    clear: fail,
  };
}
