// A fresh database per server under test: a temporary SQLite file, or a new database on the PostgreSQL server
// named by BENCH_DATABASE_URL (pc_bench_<random>, dropped afterwards).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseProvider, type Db } from '../bot/db/client.js';

/** The data key every server and set-up client of a run uses (PostgreSQL needs one; SQLite would otherwise make a key
 * file beside each database): DATA_KEY if set, else a fixed key, as the data is made up and dropped after the run. */
export const benchDataKey = process.env['DATA_KEY'] || 'b'.repeat(64);

export interface BenchDatabase {
  url: string;
  provider: DatabaseProvider;
  drop(): Promise<void>;
}

export async function freshDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pc-bench-'));
    return {
      url: `file:${path.join(dir, 'bench.db')}`,
      provider: 'sqlite',
      drop: () => fs.promises.rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `pc_bench_${crypto.randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    provider: 'postgresql',
    drop: async () => {
      await onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function onServer<T>(serverUrl: string, job: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    return await job(admin);
  } finally {
    await admin.end();
  }
}

/** Opens (and migrates) the database in this process for set-up or counting, then closes it. */
export async function withDb<T>(url: string, job: (db: Db) => Promise<T>): Promise<T> {
  const opened = await openDatabase(url, { key: { dataKey: benchDataKey } });
  try {
    return await job(opened.db);
  } finally {
    await opened.close();
  }
}
