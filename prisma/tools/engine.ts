// Prisma's schema engine (WASM build) driven through the driver adapters, so migrations run offline: no native engine.
// Loaded lazily, once per process, and only by start-up and the db:* tools: the request path never touches it.
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import type * as GlueModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { parseDatabaseUrl, type ParsedDatabaseUrl, type PostgresTarget } from './urls.js';

export type { SchemaEngine };
type Glue = typeof GlueModule;

declare global {
  // Read by the WASM glue when the engine panics (Rust panic message); the instance is dead afterwards.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | undefined;
let loading: Promise<Glue> | undefined;

// The project's lib (ES2023, no DOM) declares no WebAssembly global: this is the part of it used here.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

function isWasmApi(value: unknown): value is WasmApi {
  return (
    typeof value === 'object' && value !== null && 'instantiate' in value && typeof value.instantiate === 'function'
  );
}

function isStartFunction(value: unknown): value is () => void {
  return typeof value === 'function';
}

// The engine arms a ~10 s timer on PostgreSQL that would keep a finished process alive: let Node ignore it.
function withUnrefTimers(glue: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_') || !isTimerFunction(value)) continue;
    imports[name] = (callback: () => void, ms: number): unknown => {
      const timer = value(callback, ms);
      if (isUnrefable(timer)) timer.unref();
      return timer;
    };
  }
  return imports;
}

function isUnrefable(value: unknown): value is { unref(): unknown } {
  return typeof value === 'object' && value !== null && 'unref' in value && typeof value.unref === 'function';
}

function isTimerFunction(value: unknown): value is (callback: () => void, ms: number) => unknown {
  return typeof value === 'function';
}

// Node 20 cannot import the package's main entry (it imports a .wasm file), so instantiate the module by hand.
async function instantiate(): Promise<Glue> {
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (lastPanic = message) };
  const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await fs.promises.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const wasm: unknown = Reflect.get(globalThis, 'WebAssembly');
  if (!isWasmApi(wasm)) throw new Error('this Node.js has no WebAssembly support');
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (!isStartFunction(start)) throw new Error('schema engine WASM has no __wbindgen_start export');
  start();
  return glue;
}

function loadGlue(): Promise<Glue> {
  loading ??= instantiate().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

// adapter-pg 7.10 cannot map the `"char"` type (OID 18) that the engine reads from pg_catalog; it is text.
function retypeCharColumns(message: unknown): void {
  if (typeof message !== 'object' || message === null || !('fields' in message) || !Array.isArray(message.fields)) {
    return;
  }
  for (const field of message.fields as unknown[]) {
    if (typeof field === 'object' && field !== null && 'dataTypeID' in field && field.dataTypeID === 18) {
      field.dataTypeID = 25;
    }
  }
}

function toAdapterError(err: unknown): Error {
  if (!(err instanceof pg.DatabaseError)) return err instanceof Error ? err : new Error(String(err));
  const { code = 'XX000', severity = 'ERROR', message, detail, column, hint } = err;
  return new DriverAdapterError({ kind: 'postgres', code, severity, message, detail, column, hint });
}

async function openPostgres(target: PostgresTarget, database: string): Promise<SqlDriverAdapter> {
  // Discrete fields, not a connection string: adapter-pg lets a connectionString override `database`.
  const pool = new pg.Pool({ ...target.config, database, max: 2 });
  pool.on('connect', (client) => {
    const connection: unknown = Reflect.get(client, 'connection');
    if (connection instanceof EventEmitter) connection.prependListener('rowDescription', retypeCharColumns);
  });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  // adapter-pg splits scripts on `;` (breaks `$$` bodies, not atomic); PostgreSQL runs a whole script as one unit.
  return Object.assign(adapter, {
    executeScript: async (script: string): Promise<void> => {
      try {
        await pool.query(script);
      } catch (err) {
        throw toAdapterError(err);
      }
    },
  });
}

function postgresFactory(target: PostgresTarget): SqlMigrationAwareDriverAdapterFactory {
  const database = target.config.database;
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => openPostgres(target, database),
    // Only db:migrate and db:drift use a shadow database; it needs CREATEDB. Dropped after its pool is closed.
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ ...target.config, database });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } catch (err) {
        await admin.end();
        throw toAdapterError(err);
      }
      const adapter = await openPostgres(target, name);
      const dispose = adapter.dispose.bind(adapter);
      return Object.assign(adapter, {
        dispose: async (): Promise<void> => {
          await dispose();
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
        },
      });
    },
  };
}

function sqliteFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaBetterSqlite3({ url: file, timeout: 5000 });
  return {
    provider: 'sqlite',
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => {
      // The engine replays a whole migration.sql through executeRaw; better-sqlite3 prepares one statement only.
      const adapter = await base.connectToShadowDb();
      const executeRaw = adapter.executeRaw.bind(adapter);
      return Object.assign(adapter, {
        executeRaw: async (query: SqlQuery): Promise<number> => {
          if (query.args.length > 0) return executeRaw(query);
          await adapter.executeScript(query.sql);
          return 0;
        },
      });
    },
  };
}

export function adapterFactoryFor(target: ParsedDatabaseUrl): SqlMigrationAwareDriverAdapterFactory {
  return target.provider === 'sqlite' ? sqliteFactory(target.file) : postgresFactory(target);
}

/** One engine instance with its connections. Calls are serialised: the engine must never run two at once. */
export interface EngineSession {
  run<T>(job: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Turns "External error id#N" (a JS error thrown inside an adapter) and panics into a readable Error. */
function decodeEngineError(err: unknown, factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory): Error {
  const text = err instanceof Error ? err.message : String(err);
  const id = /External error id#(\d+)/.exec(text)?.[1];
  const external = id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id))?.error;
  if (external !== undefined) {
    const reason = external instanceof Error ? external.message : JSON.stringify(external);
    return new Error(reason, { cause: external });
  }
  if (lastPanic !== undefined) {
    const panic = lastPanic;
    lastPanic = undefined;
    loading = undefined; // a panicked WASM instance may be left inconsistent: load a fresh one next time
    return new Error(`schema engine panicked: ${panic}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(text);
}

export async function openEngine(url: string, schema: { path: string; content: string }): Promise<EngineSession> {
  const glue = await loadGlue();
  const base = adapterFactoryFor(parseDatabaseUrl(url));
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory({
    ...base,
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return adapter;
    },
  });
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, factory);
  } catch (err) {
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    throw decodeEngineError(err, factory);
  }
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    run<T>(job: (engine: SchemaEngine) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('schema engine session is closed'));
      const next = queue
        .then(() => job(engine))
        .catch((err: unknown) => Promise.reject(decodeEngineError(err, factory)));
      queue = next.catch(() => undefined);
      return next;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await queue;
      engine.free();
      // Releases SQLite's EXCLUSIVE lock (taken by the engine) and the PostgreSQL pools.
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
