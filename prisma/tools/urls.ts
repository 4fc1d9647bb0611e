// Reads a DATABASE_URL into what the driver adapters need: an absolute SQLite file, or discrete PostgreSQL fields.
// Shared by the runtime (bot/db) and the migration tools; the password never appears in a label or an error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientConfig } from 'pg';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface SqliteTarget {
  provider: 'sqlite';
  /** Absolute path; a relative `file:` path is taken from the process's working directory. */
  file: string;
}

export interface PostgresTarget {
  provider: 'postgresql';
  config: ClientConfig & { database: string };
  /** False when the URL names no database and `database` is PostgreSQL's default (`postgres`): fine for reaching
   * the server to create databases, never for the app's own tables. */
  databaseNamed: boolean;
  /** host:port/database, safe to print. */
  label: string;
}

export type ParsedDatabaseUrl = SqliteTarget | PostgresTarget;

function sqliteTarget(url: string, cwd: string): SqliteTarget {
  const withoutQuery = url.replace(/\?.*$/, '');
  const file = withoutQuery.startsWith('file://') ? fileURLToPath(withoutQuery) : withoutQuery.slice('file:'.length);
  if (file === '') throw new Error('DATABASE_URL "file:" names no file (example: file:./data/peer-connect.db)');
  return { provider: 'sqlite', file: path.resolve(cwd, file) };
}

// libpq's sslmode, as far as node-postgres can follow it.
function sslOf(mode: string | null): ClientConfig['ssl'] {
  if (mode === null || mode === 'disable' || mode === 'allow' || mode === 'prefer') return undefined;
  return mode === 'verify-ca' || mode === 'verify-full' ? true : { rejectUnauthorized: false };
}

function postgresTarget(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new Error('DATABASE_URL is not a valid postgresql:// URL', { cause: err });
  }
  const socketHost = parsed.searchParams.get('host');
  const host = socketHost ?? (decodeURIComponent(parsed.hostname) || 'localhost');
  const port = parsed.port === '' ? 5432 : Number(parsed.port);
  const named = decodeURIComponent(parsed.pathname.replace(/^\//, '')).trim();
  const database = named || 'postgres';
  const config: PostgresTarget['config'] = {
    host,
    port,
    database,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
    ssl: sslOf(parsed.searchParams.get('sslmode')),
    application_name: 'peer-connect',
  };
  return { provider: 'postgresql', config, databaseNamed: named !== '', label: `${host}:${port}/${database}` };
}

/** Why the app must not use this PostgreSQL URL for its tables, or null when it may. */
export function unnamedDatabaseReason(target: ParsedDatabaseUrl): string | null {
  if (target.provider !== 'postgresql' || target.databaseNamed) return null;
  return (
    'DATABASE_URL names no database, so PostgreSQL would use its own "postgres" database: add a name at the end, ' +
    'e.g. postgresql://user@host:5432/peer_connect'
  );
}

/** Throws a one-line Error for anything but `file:…` and `postgresql://…` (or `postgres://…`). */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): ParsedDatabaseUrl {
  if (url.startsWith('file:')) return sqliteTarget(url, cwd);
  if (/^postgres(ql)?:\/\//.test(url)) return postgresTarget(url);
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? '(none)';
  throw new Error(
    `DATABASE_URL scheme ${scheme} is not supported: use file:PATH for SQLite or postgresql://… for PostgreSQL`,
  );
}
