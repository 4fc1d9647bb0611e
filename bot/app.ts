// The composition root: builds the restify server with every route and the worker, and binds the flows' named
// effects to the database, Twilio and Teams. Features only export what they need wired (job handlers, dead-letter
// handlers, Teams verbs and words, card renderers); everything is installed here, and nothing on import. It does not
// listen (server.ts does), so tests build it and call it.
import restify from 'restify';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Db, DatabaseProvider } from './db/client.js';
import { handoffsWiring } from './handoffs/wiring.js';
import { alertRisks, coordinatorReachable, postWaitingAlerts } from './handoffs/urgent.js';
import { cardWhenGone } from './handoffs/erased-cards.js';
import { installErrorHandler } from './http/errors.js';
import { installHealth } from './http/health.js';
import { OptOuts } from './intake/opt-out.js';
import { deferredJobs } from './intake/deferred.js';
import { reminderJobs } from './intake/reminders.js';
import { retentionJobs, scheduleRetention } from './intake/retention.js';
import { IntakeService } from './intake/service.js';
import type { Logger } from './logger.js';
import { mentorsWiring } from './mentors/wiring.js';
import { SafetyNet } from './safety/net.js';
import { rescoreJobs } from './safety/rescore.js';
import { semanticOff, startSemanticLayer, type SemanticLayer } from './safety/semantic.js';
import { installSmsRoutes } from './sms/routes.js';
import { recordSmsSent } from './sms/sent.js';
import { smsEraseJobs } from './sms/erase-copies.js';
import { createTwilioSender, twilioRest } from './sms/twilio-client.js';
import { StaffDirectory } from './staff/directory.js';
import { forgetRefusedChats } from './teams/channels.js';
import { createTeamsBot, installTeamsRoutes, type TeamsBot } from './teams/routes.js';
import { createTeamsSender } from './teams/sender.js';
import { TeamsOutbox } from './teams/services.js';
import { TeamsTurns } from './teams/turn.js';
import { Worker } from './work/worker.js';

export interface AppDeps {
  config: Config;
  db: Db;
  provider: DatabaseProvider;
  log: Logger;
  clock?: Clock;
  /** A semantic layer already loading (the try-it console shares the server's rather than load the model twice). */
  semantic?: SemanticLayer;
  /** The semantic layer's worker starts once this settles (default: at once); the server starts it once it listens. */
  semanticStartAfter?: Promise<unknown>;
}

export interface TeamsChannel extends TeamsBot {
  /** Proactive sends through the outbox (what features use). */
  services: TeamsOutbox;
  directory: StaffDirectory;
}

export interface App {
  server: restify.Server;
  worker: Worker;
  intake: IntakeService;
  teams: TeamsChannel;
  clock: Clock;
  /** The safety net's semantic layer (its worker thread loads the model in the background from buildApp on). */
  semantic: SemanticLayer;
  /** Schedules the recurring work (idempotent) and starts the worker. */
  start(): Promise<void>;
  /** Why safety alerts are at risk right now (what /healthz says); empty when they are not. */
  risks(): Promise<string[]>;
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
  const wake = () => worker.wake();
  const risks = () => alertRisks(db, clock, config);
  installHealth(server, db, { database: deps.provider, version: VERSION }, risks);
  const teamReachable = () => coordinatorReachable(db);

  // The safety net: the lexicon and word model answer at once; the semantic layer loads in a worker thread without
  // holding up the start, and each turn waits for it at most SAFETY_SEMANTIC_WAIT_MS.
  const safetyLog = log.child({ part: 'safety' });
  const semanticOptions = deps.semanticStartAfter ? { startAfter: deps.semanticStartAfter } : {};
  const semantic =
    deps.semantic ?? (config.safetySemantic.enabled ? startSemanticLayer(safetyLog, semanticOptions) : semanticOff);
  const safety = new SafetyNet(semantic, config.safetySemantic.waitMs);

  // The mentee's journey, by text and in Teams.
  const intake = new IntakeService({
    db,
    clock,
    log: log.child({ part: 'intake' }),
    config,
    wake,
    teamReachable,
    safety,
  });
  const window = { messages: config.safetyContextMessages, hours: config.safetyContextHours };
  worker.onJobs(rescoreJobs({ db, clock, log: safetyLog, safety, window, intake }));
  const retention = { db, clock, log: log.child({ part: 'retention' }), config };
  worker.onJobs(reminderJobs({ intake, config, clock }));
  worker.onJobs(deferredJobs({ db, clock, intake, wake }));
  worker.onJobs(retentionJobs(retention));

  // SMS.
  const twilioClient = config.twilio ? twilioRest({ ...config.twilio, timeoutMs: config.sendTimeoutMs }) : null;
  if (config.twilio && twilioClient) {
    worker.useSender(
      'sms',
      createTwilioSender(
        db,
        {
          ...config.twilio,
          statusCallbackUrl: `${config.publicUrl}/api/sms/status`,
          timeoutMs: config.sendTimeoutMs,
        },
        twilioClient,
      ),
    );
    worker.onSent((send, providerId) => recordSmsSent(db, send, providerId, clock.now()));
  }
  worker.onJobs(smsEraseJobs(twilioClient, db, log.child({ part: 'sms' })));
  const optOuts = new OptOuts({ db, clock });
  installSmsRoutes(server, { config, db, clock, log: log.child({ part: 'sms' }), intake, optOuts });

  // Teams, and the staff features that plug into it: mentors' commands first, since they pass on anything that is
  // not theirs, and a coordinator's words may be for a person.
  const teamsLog = log.child({ part: 'teams' });
  const outbox = new TeamsOutbox(db, clock, wake);
  const directory = new StaffDirectory(db, clock);
  const mentors = mentorsWiring({ config, db, clock, log: teamsLog, intake, wake, teams: outbox });
  const handoffs = handoffsWiring({
    config,
    db,
    clock,
    log: teamsLog,
    intake,
    outbox,
    directory,
    section: mentors.handoffSection,
    onEnded: mentors.onHandoffEnded,
  });
  const turns = new TeamsTurns({
    db,
    clock,
    log: teamsLog,
    config,
    intake,
    directory,
    wake,
    teamReachable,
    onCoordinatorChat: async () => {
      const posted = await postWaitingAlerts(db, clock, wake);
      if (posted > 0) teamsLog.warn({ alerts: posted }, 'a coordinator can be reached again: posting waiting alerts');
    },
  });
  turns.register(mentors.feature);
  turns.register(handoffs.feature);
  const bot = createTeamsBot(config, teamsLog, turns);
  installTeamsRoutes(server, bot, teamsLog);
  worker.useSender(
    'teams',
    createTeamsSender({
      adapter: bot.adapter,
      appId: bot.appId,
      db,
      render: handoffs.renderCard,
      renderForStaff: mentors.renderStaffCard,
      cardWhenGone,
      now: () => clock.now(),
      timeoutMs: config.sendTimeoutMs,
    }),
  );
  worker.onJobs(handoffs.jobs);
  worker.onJobs(mentors.jobs);
  worker.onDeadLetter(forgetRefusedChats(db, clock));
  worker.onDeadLetter(handoffs.onDeadLetter);

  const start = async () => {
    await scheduleRetention(retention);
    await mentors.start();
    worker.start();
  };
  const teams: TeamsChannel = { ...bot, services: outbox, directory };
  return { server, worker, intake, teams, clock, semantic, start, risks };
}
