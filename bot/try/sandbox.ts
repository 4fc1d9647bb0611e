// The console's own copy of the service: the real app, built by the composition root, on a SQLite file of its own
// (never the real database), with the console's clock, SMS "sent" to the console's loopback Twilio and Teams posts
// to its loopback connector. It listens on loopback at a port of its own; the console talks to it over HTTP as
// Twilio and Teams would, so every message takes the production path.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { Config } from '../config.js';
import { openDatabase, type DatabaseProvider, type Db, type OpenDatabase } from '../db/client.js';
import { listen } from '../http/listen.js';
import type { Logger } from '../logger.js';
import type { SemanticLayer } from '../safety/semantic.js';
import { addStaff } from '../staff/registry.js';
import type { ConsoleClock } from './console-clock.js';

/** What the console needs of an app (bot/app.ts's App has it all; only server.ts may import that module). */
export interface SandboxApp {
  server: Server;
  worker: { wake(): void; stop(): Promise<void> };
  start(): Promise<void>;
}

export type BuildApp = (deps: {
  config: Config;
  db: Db;
  provider: DatabaseProvider;
  log: Logger;
  clock: ConsoleClock;
  semantic: SemanticLayer;
}) => SandboxApp;

export interface StaffSeat {
  aadObjectId: string;
  name: string;
  role: 'coordinator' | 'mentor';
  /** Their 1:1 chat with the bot. */
  chatId: string;
}

export const STAFF_SEATS: readonly StaffSeat[] = [
  {
    aadObjectId: '7e0c0a9e-0000-4000-8000-00000000c001',
    name: 'Sam',
    role: 'coordinator',
    chatId: 'a:try-coordinator-sam',
  },
  { aadObjectId: '7e0c0a9e-0000-4000-8000-00000000a001', name: 'Jo', role: 'mentor', chatId: 'a:try-mentor-jo' },
];

/** The console's made-up Twilio account: requests are signed with this token, which only this process knows. */
export interface ConsoleTwilio {
  accountSid: string;
  authToken: string;
  from: string;
}

export function consoleTwilio(): ConsoleTwilio {
  return {
    accountSid: `AC${crypto.randomBytes(16).toString('hex')}`,
    authToken: crypto.randomBytes(24).toString('hex'),
    // Ofcom's range for drama: never a real person's number.
    from: '+447700900000',
  };
}

/** The console's database file: beside the real SQLite file (or under ./data/), and never that file itself. */
export function consoleDatabaseFile(config: Config): string {
  const real = config.databaseUrl.startsWith('file:') ? path.resolve(config.databaseUrl.slice('file:'.length)) : null;
  const dir = real ? path.dirname(real) : path.resolve('data');
  const file = path.join(dir, 'try-console.db');
  return file === real ? path.join(dir, 'try-console-sandbox.db') : file;
}

export interface SandboxDeps {
  config: Config;
  log: Logger;
  build: BuildApp;
  semantic: SemanticLayer;
  clock: ConsoleClock;
  file: string;
  twilio: ConsoleTwilio;
  /** Where the loopback Twilio and connector are served (the main server's /try). */
  consoleUrl: string;
}

export class Sandbox {
  private constructor(
    readonly app: SandboxApp,
    readonly db: Db,
    private readonly database: OpenDatabase,
    /** http://127.0.0.1:<port> where the console's app listens. */
    readonly url: string,
    readonly publicUrl: string,
  ) {}

  /** A clean database (any earlier one deleted), migrated; the app built, listening and started; staff registered. */
  static async open(deps: SandboxDeps): Promise<Sandbox> {
    removeDatabaseFiles(deps.file);
    fs.mkdirSync(path.dirname(deps.file), { recursive: true });
    const database = await openDatabase(`file:${deps.file}`, { key: {} });
    // The app signs and checks against this address; it is never called (the console posts to `url`).
    const publicUrl = 'http://try.localhost';
    const config: Config = {
      ...deps.config,
      databaseUrl: `file:${deps.file}`,
      host: '127.0.0.1',
      port: 0,
      publicUrl,
      twilio: { ...deps.twilio, apiUrl: `${deps.consoleUrl}/try/twilio` },
      teams: undefined,
      // Nobody real is paged or told from the console.
      onCallSms: [],
      // Sam stands in for the managers, so an escalation shows in the console.
      escalateTo: [STAFF_SEATS[0]?.aadObjectId ?? ''],
      tryConsole: 'off',
    };
    const log = deps.log.child({ part: 'try-console' });
    let app: SandboxApp | undefined;
    try {
      app = deps.build({
        config,
        db: database.db,
        provider: database.provider,
        log,
        clock: deps.clock,
        semantic: deps.semantic,
      });
      await listen(app.server, 0, '127.0.0.1');
      const now = deps.clock.now();
      for (const seat of STAFF_SEATS) {
        await addStaff(database.db, { aadObjectId: seat.aadObjectId, name: seat.name, role: seat.role }, now);
      }
      await app.start();
    } catch (err) {
      if (app) app.server.close();
      await database.close();
      throw new Error('the try-it console could not start its own copy of the service', { cause: err });
    }
    const port: number = app.server.address().port;
    return new Sandbox(app, database.db, database, `http://127.0.0.1:${port}`, publicUrl);
  }

  async close(): Promise<void> {
    await this.app.worker.stop();
    this.app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.app.server.close(() => resolve());
    });
    await this.database.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.key']) fs.rmSync(`${file}${suffix}`, { force: true });
}
