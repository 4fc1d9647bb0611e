// Starts peer-connect: reads the config, opens and migrates the database, builds the app, listens, and shuts down
// gracefully on SIGTERM/SIGINT (stop taking requests, finish those in flight, stop the worker, close the database).
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { DatabaseStartError } from './db/errors.js';
import { listen, listenFailure } from './http/listen.js';
import { createServerLogger, type Logger } from './logger.js';
import type { TryConsole } from './try/console.js';

function describeDatabase(url: string): string {
  if (url.startsWith('file:')) return `SQLite at ${url.slice('file:'.length)}`;
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

function logChannels(config: Config, log: Logger): void {
  if (config.twilio) {
    const sender = config.twilio.from.startsWith('MG') ? 'messaging service' : 'number';
    log.info({ sender }, 'SMS channel: on (Twilio)');
  } else log.info('SMS channel: off (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM to turn it on)');
  log.info(
    config.retentionDays > 0
      ? `Retention: people quiet for ${config.retentionDays} days with nothing open are erased nightly`
      : 'Retention: off (set RETENTION_DAYS to erase people after a quiet period)',
  );
  if (config.onCallSms.length > 0 && !config.twilio) {
    log.error('!!! ON_CALL_SMS is set but SMS is off: on-call pages cannot be sent. Set the Twilio variables. !!!');
  } else if (config.onCallSms.length > 0) {
    log.info({ numbers: config.onCallSms.length }, 'On call: urgent alerts out of hours or unacknowledged are paged');
  } else {
    log.info('On call: off (set ON_CALL_SMS to page someone by text about urgent alerts out of hours)');
  }
  if (config.teams) log.info({ appType: config.teams.appType }, 'Teams channel: on, Bot Framework authentication on');
  else {
    const warning =
      '!!! Teams channel: AUTHENTICATION OFF (MicrosoftAppId is not set). /api/messages accepts unauthenticated ' +
      'requests: for local testing only, never in production. !!!';
    // Shown whatever LOG_LEVEL says: nobody should run this way without seeing it.
    if (log.isLevelEnabled('warn')) log.warn(warning);
    else process.stderr.write(`${warning}\n`);
  }
}

/** Starts the console's own copy of the service; says where it is, or null when it could not start (logged: the
 * service itself carries on) or the server is stopping. */
async function startConsole(
  tryConsole: TryConsole,
  config: Config,
  port: number,
  log: Logger,
): Promise<{ address: string; line: string } | null> {
  // The console's own app reaches the console's stand-ins for Twilio and Teams on this server, as a local client.
  const local = { '0.0.0.0': '127.0.0.1', '::': '127.0.0.1', '127.0.0.1': '127.0.0.1', '::1': '[::1]' }[config.host];
  if (!local && config.tryConsole !== 'public') {
    log.warn(
      { host: config.host },
      'the try-it console is off: it answers only a browser on this machine, and HOST is not 0.0.0.0, :: or a ' +
        'loopback address (set TRY_CONSOLE=public to serve it on HOST, or TRY_CONSOLE=off to say so)',
    );
    await tryConsole.close();
    return null;
  }
  try {
    await tryConsole.start(`http://${local ?? (config.host.includes(':') ? `[${config.host}]` : config.host)}:${port}`);
  } catch (err) {
    log.error({ err }, 'the try-it console could not start (the service itself runs on)');
    return null;
  }
  if (tryConsole.isClosed) return null;
  const { TryConsole: Console } = await import('./try/console.js');
  const address = Console.address(config, port);
  const shared = config.tryConsole === 'public' ? ' (TRY_CONSOLE=public: anyone who can reach this server)' : '';
  return { address, line: `Try it: ${address}${shared}` };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`peer-connect cannot start. ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const { log, finish, release } = createServerLogger(config.logLevel, config.logFormat);
  // The app's modules (botbuilder, teams-ai, Twilio…: about two seconds of loading) load while the migrations run in
  // their child process, on another core, rather than one after the other. Handled here so that a failure surfaces
  // where it is awaited, not as an unhandled rejection while the database opens.
  const appModule = import('./app.js');
  appModule.catch(() => undefined);
  let database;
  try {
    database = await openDatabase(config.databaseUrl, {
      key: {
        dataKey: config.dataKey.current,
        previousKeys: config.dataKey.previous,
        onCreated: (file) =>
          log.warn(
            { keyFile: file },
            'created the data key that encrypts personal data (mode 0600): back it up apart from the database; ' +
              'without it the data cannot be read. Set DATA_KEY in production.',
          ),
      },
    });
  } catch (err) {
    if (err instanceof DatabaseStartError) {
      log.fatal(`peer-connect cannot start: ${err.message}`);
      process.stderr.write(`peer-connect cannot start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  log.info({ database: describeDatabase(config.databaseUrl) }, 'database ready, migrations applied');

  const { buildApp } = await appModule;
  let listening: () => void = () => undefined;
  const semanticStartAfter = new Promise<void>((resolve) => (listening = resolve));
  const app = buildApp({ config, db: database.db, provider: database.provider, log, semanticStartAfter });
  logChannels(config, log);
  // The try-it console runs a second copy of the app, on its own database, sharing the semantic layer's model.
  // Loaded only when on (the default with neither Twilio nor Teams set up): the start reaches the migrations sooner.
  const tryConsole =
    config.tryConsole === 'off'
      ? null
      : new (await import('./try/console.js')).TryConsole({ config, log, build: buildApp, semantic: app.semantic });
  tryConsole?.install(app.server);
  // Listening comes before the worker starts: an instance that cannot take requests must not send anything either.
  try {
    await listen(app.server, config.port, config.host);
  } catch (err) {
    const reason = listenFailure(err, config.port, config.host);
    log.fatal(`peer-connect cannot start: ${reason}`);
    process.stderr.write(`peer-connect cannot start: ${reason}\n`);
    await Promise.allSettled([app.semantic.close(), database.close()]);
    await finish(500);
    release();
    process.exit(1);
  }
  // The sentence model loads from here on (seconds of CPU in its worker thread): the first turns go on without it.
  listening();
  await app.start();
  const risks = await app.risks();
  if (risks.length > 0) {
    log.error(
      { reasons: risks },
      `!!! SAFETY ALERTS AT RISK: ${risks.join('; ')}. /healthz says "degraded" until this is put right. !!!`,
    );
  }

  let stopping = false;
  const exit = (code: number) => {
    // The last lines get a moment to reach stdout (two seconds: on a busy machine half a second lost the last line);
    // a stuck log pipe cannot hold the exit.
    void finish(2_000).finally(() => {
      // pino would write what is left synchronously at exit: on a stuck pipe that never returns.
      release();
      process.exit(code);
    });
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests and sends in flight, taking no new work');
    // Nothing in the process blocks (logging is asynchronous), so this timer always gets its turn.
    const force = setTimeout(() => {
      log.warn('shutdown grace period over: exiting');
      exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    const closed = new Promise<void>((resolve) => {
      app.server.close(() => resolve());
    });
    // Idle keep-alive sockets would hold close() open until they time out.
    app.server.server.closeIdleConnections();
    // The worker stops claiming at once and finishes what it holds (each send within SEND_TIMEOUT_MS), while the
    // server finishes its requests.
    void Promise.all([closed, app.worker.stop(), tryConsole?.close()])
      .then(async () => {
        await app.semantic.close();
        await database.close();
        log.info('stopped');
        exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // After the signal handlers: a stop while the console starts waits for it, then closes it. "listening on" is said
  // once everything has started, so what waits for it finds the server settled.
  const port: number = app.server.address().port;
  const tryIt = tryConsole ? await startConsole(tryConsole, config, port, log) : null;
  if (stopping) return;
  log.info({ url: app.server.url, publicUrl: config.publicUrl }, `listening on ${app.server.url}`);
  if (tryIt) {
    log.info({ url: tryIt.address }, tryIt.line);
    // The line people look for, plain, whatever the log format: on stderr, so stdout stays one JSON object a line.
    if (config.logFormat === 'json') process.stderr.write(`${tryIt.line}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`peer-connect failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
