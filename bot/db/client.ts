// Opens the app's database from DATABASE_URL: embedded SQLite (the default, under ./data/) or PostgreSQL, with the
// pending migrations applied first, in a short-lived child process (deploy-process.ts): the engine never stays loaded.
import fs from 'node:fs';
import path from 'node:path';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Prisma as PostgresPrisma } from '../../prisma/generated/postgresql/client.js';
import type { PrismaClient as SqliteClient, Prisma } from '../../prisma/generated/sqlite/client.js';
import {
  parseDatabaseUrl,
  unnamedDatabaseReason,
  type PostgresTarget,
  type SqliteTarget,
} from '../../prisma/tools/urls.js';
import { DatabaseStartError, oneLineReason } from './errors.js';
import type { Keyring } from './crypto.js';
import { keyFileFor, resolveKeyring, type KeySource } from './data-key.js';
import { withEncryption } from './encryption.js';
import { encryptLeftovers } from './leftovers.js';
import { reencryptAll } from './reencrypt.js';

export const defaultDatabaseUrl = 'file:./data/peer-connect.db';

/**
 * The one client type the app uses: the SQLite client's type. Both clients are generated from the same
 * models.prisma; the PostgreSQL one only adds PostgreSQL-only query options (e.g. `mode: 'insensitive'`), which the
 * app must not use anyway. TypeScript cannot compare two generated clients' generic methods (it gives up inside the
 * aggregate types), so `_SameRows` below proves at compile time what it can, that every model has the same scalar
 * fields, and the PostgreSQL client is widened to Db in exactly one place, `openPostgres`.
 */
export type Db = SqliteClient; // the same type as db-type.ts's Db
/** A client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Prisma.TransactionClient;
/** What a function that only runs queries takes: the client itself or a transaction's (Db is assignable to it), so
 * the same reads and lazy writes serve a batch `db.$transaction([...])` and an interactive one. */
export type Queries = DbTransaction;
/** Prisma's namespace of the SQLite client: input and JSON types (`Prisma.InputJsonValue`, …). */
export type { Prisma };

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface OpenDatabase {
  /** The client the app uses: personal data encrypted at rest (encryption.ts). */
  db: Db;
  /** The same connection without encryption: for re-encrypting under another keyring only. */
  raw: Db;
  keyring: Keyring;
  /** The key file beside a SQLite database when there is no DATA_KEY. */
  keyFile: string | null;
  provider: DatabaseProvider;
  /** Disconnects; safe to call twice. */
  close(): Promise<void>;
}

type Rows<Map extends { model: Record<string, { payload: { scalars: unknown } }> }> = {
  [M in keyof Map['model']]: Map['model'][M]['payload']['scalars'];
};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
// Fails to compile when the two generated clients' models differ in any scalar field.
type _SameRows = Assert<Same<Rows<Prisma.TypeMap>, Rows<PostgresPrisma.TypeMap>>>;

/** Throws a DatabaseStartError for anything but `file:…` and `postgresql://…`. */
export function providerOf(url: string): DatabaseProvider {
  try {
    return parseDatabaseUrl(url).provider;
  } catch (err) {
    throw new DatabaseStartError(oneLineReason(err), { cause: err });
  }
}

// Node reports a refused localhost (IPv6 then IPv4) as an AggregateError with an empty message.
function reasonOf(err: unknown): string {
  if (err instanceof AggregateError && err.message === '' && err.errors.length > 0) return reasonOf(err.errors[0]);
  const code: unknown = err instanceof Error ? Reflect.get(err, 'code') : undefined;
  const reason = oneLineReason(err);
  return reason === '' && typeof code === 'string' ? code : reason;
}

// In a child process: Prisma's WASM schema engine would otherwise stay resident in the server (tens of MB).
async function deploy(url: string, where: string): Promise<void> {
  const { deployInChildProcess } = await import('./deploy-process.js');
  try {
    await deployInChildProcess(url);
  } catch (err) {
    const reason = reasonOf(err);
    const message = reason.startsWith('database was migrated by a newer version')
      ? `${reason} (refusing to start: upgrade peer-connect or restore a matching backup)`
      : `cannot migrate the database at ${where}: ${reason}`;
    throw new DatabaseStartError(message, { cause: err });
  }
}

function prepareFolder(file: string): void {
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(folder, { recursive: true });
    // access(W_OK) says yes to root even on a read-only mount: write a probe file instead.
    const probe = path.join(folder, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    throw new DatabaseStartError(`the database folder ${folder} cannot be created or written: ${reasonOf(err)}`, {
      cause: err,
    });
  }
}

// Per-connection settings: WAL lets readers run beside the writer; NORMAL is durable enough under WAL; secure_delete
// overwrites deleted content with zeros, so an erased person's data does not linger in freed pages.
const sqlitePragmas = `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;`;

const providers = new WeakMap<object, DatabaseProvider>();

/** Which database a client opened by `openDatabase` talks to (undefined for any other client). */
export function providerOfClient(db: Db): DatabaseProvider | undefined {
  return providers.get(db);
}

/** After an erasure on SQLite: the write-ahead log still holds the old pages until it is checkpointed, so copy it
 * into the database (whose freed space secure_delete zeroes) and truncate it. Nothing to do on PostgreSQL. */
export async function scrubFreedSpace(db: Db): Promise<void> {
  if (providers.get(db) !== 'sqlite') return;
  await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
}

async function openSqlite(url: string, target: SqliteTarget, migrate: boolean, key: KeySource): Promise<OpenDatabase> {
  prepareFolder(target.file);
  // The engine holds SQLite in EXCLUSIVE locking mode until it is closed: deploy finishes before the client opens.
  if (migrate) await deploy(url, target.file);
  // Each provider's client and driver are loaded only when used: the other one's would be memory for nothing.
  const [{ PrismaBetterSqlite3 }, { PrismaClient: SqliteClient }] = await Promise.all([
    import('@prisma/adapter-better-sqlite3'),
    import('../../prisma/generated/sqlite/client.js'),
  ]);
  const base = new PrismaBetterSqlite3({ url: target.file, timeout: 5000 });
  const adapter: SqlDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const connection = await base.connect();
      await connection.executeScript(sqlitePragmas);
      return connection;
    },
  };
  const db = new SqliteClient({ adapter });
  try {
    await db.$connect();
  } catch (err) {
    throw new DatabaseStartError(`cannot open the database at ${target.file}: ${reasonOf(err)}`, { cause: err });
  }
  providers.set(db, 'sqlite');
  return encrypted(db, 'sqlite', key, target.file);
}

async function checkReachable(target: PostgresTarget): Promise<void> {
  // Loaded here, not on import: a server on SQLite never needs it, and the start forks the migrations sooner without.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ ...target.config, connectionTimeoutMillis: 5000 });
  client.on('error', () => {}); // a connection lost after the check must not crash the process
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new DatabaseStartError(`cannot reach the database at ${target.label}: ${reasonOf(err)}`, { cause: err });
  } finally {
    await client.end().catch(() => {});
  }
}

async function openPostgres(
  url: string,
  target: PostgresTarget,
  migrate: boolean,
  key: KeySource,
): Promise<OpenDatabase> {
  await checkReachable(target);
  // Several instances may start at once: the engine serialises deploys with pg advisory lock 72707369.
  if (migrate) await deploy(url, target.label);
  // 2 cores: 10 connections keep both busy while some wait on I/O, well under PostgreSQL's default 100.
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('../../prisma/generated/postgresql/client.js'),
  ]);
  const client = new PostgresClient({ adapter: new PrismaPg({ ...target.config, max: 10 }) });
  const db = client as unknown as Db; // the one widening, justified by `_SameRows` (see Db)
  try {
    await db.$connect();
  } catch (err) {
    throw new DatabaseStartError(`cannot reach the database at ${target.label}: ${reasonOf(err)}`, { cause: err });
  }
  return encrypted(db, 'postgresql', key, null);
}

/** The encrypting client over `raw`, once the key is known to be the one the data was written with. A database
 * that has never been opened with a key (new, or written before encryption) is encrypted through once; one opened
 * before a field was encrypted has that field encrypted in the rows that still hold it in clear. */
async function encrypted(
  raw: Db,
  provider: DatabaseProvider,
  key: KeySource,
  sqliteFile: string | null,
): Promise<OpenDatabase> {
  const close = () => raw.$disconnect();
  try {
    const keyring = resolveKeyring(key, sqliteFile);
    const db = withEncryption(raw, keyring);
    providers.set(db, provider);
    const check = await raw.dataKeyCheck.findUnique({ where: { id: 1 } });
    const known = [keyring.current, ...keyring.previous].map((k) => k.id);
    if (check && !known.includes(check.keyId)) {
      throw new Error(
        `the database was encrypted with another data key (id ${check.keyId}; this one is ${keyring.current.id}): ` +
          'set DATA_KEY to that key, or restore its key file',
      );
    }
    if (check?.keyId !== keyring.current.id) {
      // First opened with a key, or a rotation did not finish: (re-)encrypt everything with the current key.
      await reencryptAll(db);
      await raw.dataKeyCheck.upsert({
        where: { id: 1 },
        create: { id: 1, keyId: keyring.current.id },
        update: { keyId: keyring.current.id, at: new Date() },
      });
      await scrubFreedSpace(db);
    } else if ((await encryptLeftovers(raw, db)) > 0) {
      await scrubFreedSpace(db);
    }
    return { db, raw, keyring, keyFile: sqliteFile && !key.dataKey ? keyFileFor(sqliteFile) : null, provider, close };
  } catch (err) {
    await close();
    throw new DatabaseStartError(`cannot read the database's personal data: ${reasonOf(err)}`, { cause: err });
  }
}

/** Opens (and by default first migrates) the database named by `url`; errors are DatabaseStartErrors. */
export async function openDatabase(
  url: string,
  opts: { migrate?: boolean; key?: KeySource } = {},
): Promise<OpenDatabase> {
  let target;
  try {
    target = parseDatabaseUrl(url);
  } catch (err) {
    throw new DatabaseStartError(oneLineReason(err), { cause: err });
  }
  const unnamed = unnamedDatabaseReason(target);
  if (unnamed) throw new DatabaseStartError(unnamed);
  const migrate = opts.migrate ?? true;
  const key = opts.key ?? {};
  return target.provider === 'sqlite' ? openSqlite(url, target, migrate, key) : openPostgres(url, target, migrate, key);
}
