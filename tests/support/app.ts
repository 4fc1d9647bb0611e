// Starts the real app on loopback for a test file: real config parsing, the test database, a manual clock, a fake
// Twilio REST API. Requests go over HTTP like Twilio's and Teams' would.
import { buildApp, type App } from '../../bot/app.js';
import { ManualClock } from '../../bot/clock.js';
import { loadConfig, type Config } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import type { DatabaseContext } from './databases.js';
import { FakeTwilio } from './fake-twilio.js';

export const TWILIO_SID = 'AC' + 'a'.repeat(32);
export const TWILIO_TOKEN = 'test-auth-token-0123456789';
export const TWILIO_NUMBER = '+441234567890';
export const PUBLIC_URL = 'https://peer-connect.example.org';

export interface TestApp {
  app: App;
  config: Config;
  clock: ManualClock;
  twilio: FakeTwilio;
  /** http://127.0.0.1:<port> where the server really listens. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Leave Twilio unconfigured (SMS off). */
  withoutSms?: boolean;
  /** Where log lines go (default: stdout, silent unless TEST_LOG_LEVEL is set). */
  logStream?: NodeJS.WritableStream;
}

export async function startTestApp(ctx: DatabaseContext, options: TestAppOptions = {}): Promise<TestApp> {
  const twilio = await new FakeTwilio().start();
  const env: Record<string, string> = {
    DATABASE_URL: ctx.url,
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_URL,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WORKER_INTERVAL_MS: '60000',
    // The semantic layer loads a sentence model in a worker thread (a second of CPU, ~100 MB): only the tests about
    // it turn it on.
    SAFETY_SEMANTIC: 'off',
    ...(options.withoutSms
      ? {}
      : {
          TWILIO_ACCOUNT_SID: TWILIO_SID,
          TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
          TWILIO_FROM: TWILIO_NUMBER,
          TWILIO_API_URL: twilio.url,
        }),
    ...options.env,
  };
  const config = loadConfig(env);
  const clock = new ManualClock();
  twilio.now = () => clock.now();
  const log = createLogger(config.logLevel, options.logStream);
  const app = buildApp({ config, db: ctx.db, provider: ctx.provider, log, clock });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const port = app.server.address().port;
  return {
    app,
    config,
    clock,
    twilio,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.worker.stop();
      await app.semantic.close();
      app.server.server.closeAllConnections();
      await new Promise<void>((resolve) => {
        app.server.close(() => resolve());
      });
      await twilio.stop();
    },
  };
}
