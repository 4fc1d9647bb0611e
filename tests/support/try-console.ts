// Starts the real app as server.ts does with the try-it console on: the main app on loopback (no channels), the
// console's routes installed on it, and the console's own copy of the service on a temporary SQLite file, its clock
// starting on a working Monday morning.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { TryConsole } from '../../bot/try/console.js';
import { startTestApp, type TestApp } from './app.js';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../bot/db/client.js';
import { databases, type DatabaseContext } from './databases.js';

export interface ConsoleTestApp extends TestApp {
  tryConsole: TryConsole;
  /** The console's database file. */
  file: string;
}

/** Monday 7 December 2026, 10:00 in London: inside working hours. */
export const CONSOLE_START = new Date('2026-12-07T10:00:00Z');

export async function startConsoleApp(ctx: DatabaseContext, env: Record<string, string> = {}): Promise<ConsoleTestApp> {
  const t = await startTestApp(ctx, { withoutSms: true, env: { WORKER_INTERVAL_MS: '200', ...env } });
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pc-try-'));
  const file = path.join(dir, 'try-console.db');
  const tryConsole = new TryConsole({
    config: t.config,
    log: createLogger(t.config.logLevel),
    build: buildApp,
    semantic: t.app.semantic,
    file,
    startAt: CONSOLE_START,
  });
  tryConsole.install(t.app.server);
  await tryConsole.start(t.baseUrl);
  return {
    ...t,
    tryConsole,
    file,
    async close() {
      await tryConsole.close();
      await t.close();
      await fs.promises.rm(dir, { recursive: true, force: true });
    },
  };
}

/** `describe` on a fresh, migrated SQLite database: the console's tests need no other. */
export function describeOnSqlite(title: string, body: (ctx: DatabaseContext) => void): void {
  const sqlite = databases.find((d) => d.name === 'sqlite');
  if (!sqlite) throw new Error('no SQLite test database');
  let url: string | undefined;
  let opened: OpenDatabase | undefined;
  const ctx: DatabaseContext = {
    provider: 'sqlite',
    get url() {
      if (url === undefined) throw new Error('ctx.url is set in beforeAll');
      return url;
    },
    get db() {
      if (opened === undefined) throw new Error('ctx.db is set in beforeAll');
      return opened.db;
    },
    clear: () => Promise.reject(new Error('not needed by the console tests')),
  };
  describe(title, () => {
    beforeAll(async () => {
      url = await sqlite.makeUrl();
      opened = await openDatabase(url);
    });
    afterAll(async () => {
      await opened?.close();
      if (url !== undefined) await sqlite.drop(url);
    });
    body(ctx);
  });
}
