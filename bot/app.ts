// The composition root: builds the restify server with every route and the worker, and binds the flows' named
// effects to the database, Twilio and Teams. It does not listen (server.ts does), so tests build it and call it.
import restify from 'restify';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Db, DatabaseProvider } from './db/client.js';
import { installErrorHandler } from './http/errors.js';
import { installHealth } from './http/health.js';
import { OptOuts } from './intake/opt-out.js';
import { installReminders } from './intake/reminders.js';
import { installRetention } from './intake/retention.js';
import { IntakeService } from './intake/service.js';
import type { Logger } from './logger.js';
import { installSmsRoutes } from './sms/routes.js';
import { recordSmsSent } from './sms/sent.js';
import { createTwilioSender } from './sms/twilio-client.js';
import { installTeams, type TeamsChannel } from './teams/routes.js';
import { Worker } from './work/worker.js';

export interface AppDeps {
  config: Config;
  db: Db;
  provider: DatabaseProvider;
  log: Logger;
  clock?: Clock;
}

export interface App {
  server: restify.Server;
  worker: Worker;
  intake: IntakeService;
  teams: TeamsChannel;
  clock: Clock;
  /** Schedules the recurring work (idempotent) and starts the worker. */
  start(): Promise<void>;
}

export const VERSION = '0.1.0';

export function buildApp(deps: AppDeps): App {
  const { config, db, log } = deps;
  const clock = deps.clock ?? systemClock;

  const server = restify.createServer({ name: 'peer-connect', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: config.maxBodyBytes }));
  installErrorHandler(server, log);

  const worker = new Worker({ db, clock, log: log.child({ part: 'worker' }), intervalMs: config.workerIntervalMs });
  const intake = new IntakeService({
    db,
    clock,
    log: log.child({ part: 'intake' }),
    config,
    wake: () => worker.wake(),
  });
  const optOuts = new OptOuts({ db, clock });

  installHealth(server, db, { database: deps.provider, version: VERSION });

  if (config.twilio) {
    worker.useSender(
      'sms',
      createTwilioSender(db, {
        ...config.twilio,
        statusCallbackUrl: `${config.publicUrl}/api/sms/status`,
        timeoutMs: config.sendTimeoutMs,
      }),
    );
    worker.onSent((send, providerId) => recordSmsSent(db, send, providerId, clock.now()));
  }
  installSmsRoutes(server, { config, db, log: log.child({ part: 'sms' }), intake, optOuts });
  installReminders(worker, { intake, config, clock });

  const scheduleRetention = installRetention(worker, { db, clock, log: log.child({ part: 'retention' }), config });

  const teams = installTeams(server, { config, db, clock, log: log.child({ part: 'teams' }), intake, worker });
  const start = async () => {
    await scheduleRetention();
    worker.start();
  };
  return { server, worker, intake, teams, clock, start };
}
