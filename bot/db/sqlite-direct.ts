// The embedded SQLite database's own connection, for the few hot-path statements that must not pay for Prisma's query
// compiler on every turn. It is the very connection Prisma's adapter uses, so there is one writer and never a busy
// lock between the two; it is handed out only between Prisma's transactions, and everything run on it is synchronous.
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  /** better-sqlite3: read INTEGER columns as numbers (the adapter turns BigInt on for the whole connection). */
  safeIntegers(on: boolean): SqliteStatement;
}

/** The part of a better-sqlite3 `Database` used here. */
export interface SqliteHandle {
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
}

interface Holder {
  handle: SqliteHandle | undefined;
}

// Keyed by the Prisma client object (not typed as Db: client.ts imports this module).
const holders = new WeakMap<object, Holder>();

/** Called by `openDatabase` for a SQLite client: `holder.handle` follows the adapter's (re)connections. */
export function registerSqliteHolder(db: object, holder: Holder): void {
  holders.set(db, holder);
}

/** Takes the connection out of Prisma's adapter connection object, if it is the better-sqlite3 one we expect. */
export function handleOf(connection: object): SqliteHandle | undefined {
  const client: unknown = Reflect.get(connection, 'client');
  if (typeof client !== 'object' || client === null) return undefined;
  const ok =
    typeof Reflect.get(client, 'prepare') === 'function' &&
    typeof Reflect.get(client, 'exec') === 'function' &&
    typeof Reflect.get(client, 'inTransaction') === 'boolean';
  return ok ? (client as SqliteHandle) : undefined;
}

/**
 * The connection, when it may be used now: the database is embedded SQLite, the connection is open, and no Prisma
 * transaction is in progress on it (statements run now would join that transaction). Otherwise undefined, and the
 * caller goes through Prisma as usual.
 */
export function sqliteNow(db: object): SqliteHandle | undefined {
  const handle = holders.get(db)?.handle;
  return handle && handle.open && !handle.inTransaction ? handle : undefined;
}

/** Runs `work` inside BEGIN IMMEDIATE … COMMIT, synchronously; rolls back and rethrows on any error. */
export function immediateTransaction<T>(handle: SqliteHandle, work: () => T): T {
  handle.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    handle.exec('COMMIT');
    return result;
  } catch (err) {
    if (handle.inTransaction) handle.exec('ROLLBACK');
    throw err;
  }
}

/** Prisma's own text form of a DateTime in SQLite (the adapter's `iso8601` format), so rows read back the same. */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

export function dateOrNull(value: unknown): Date | null {
  return typeof value === 'string' ? new Date(value) : null;
}

export function jsonOrNull(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : null;
}
