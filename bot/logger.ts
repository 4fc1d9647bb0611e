// Structured logs (pino). Message bodies, phone numbers and tokens never reach a log line: the redaction list is a
// second line of defence behind the rule that we log ids, never content. The server logs asynchronously and drops
// lines rather than block when stdout is not being read (a stuck log pipe must not stop a shutdown). JSON lines for
// machines by default; LOG_FORMAT=pretty turns each line into one readable line for people (pino-pretty).
import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type { Logger };

const REDACT = [
  'body',
  'text',
  'phone',
  'to',
  'from',
  'Body',
  'From',
  'To',
  'req.body',
  'req.headers.authorization',
  'req.headers["x-twilio-signature"]',
  '*.body',
  '*.text',
  '*.phone',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream | pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { service: 'peer-connect' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** The server's log: written to stdout asynchronously, so a slow or stuck reader never blocks the process. */
export interface ServerLog {
  log: Logger;
  /** Writes every buffered line and ends the log (at exit), waiting up to `ms`; never blocks longer. */
  finish: (ms: number) => Promise<void>;
  /** Lets go of stdout: nothing more is written, and nothing holds the process at exit. */
  release: () => void;
}

/** Lines buffered beyond this, while stdout takes nothing, are dropped rather than held. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export type LogFormat = 'json' | 'pretty';

/** Lines for people: time, level, message and the fields on one line, in colour on a terminal. Formatted in the
 * process, line by line, into the same destination, so that it drops lines rather than block just as JSON does. */
export function prettyDestination(
  destination: { write: (text: string) => unknown },
  colorize: boolean,
): pino.DestinationStream {
  const prettify = prettyFactory({
    colorize,
    singleLine: true,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
    ignore: 'pid,hostname,service',
  });
  return { write: (line: string) => void destination.write(prettify(line)) };
}

export function createServerLogger(level: string, format: LogFormat = 'json'): ServerLog {
  const destination = pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED_BYTES });
  // A closed or broken stdout (EPIPE) loses log lines; it must not take the service down with it.
  destination.on('error', () => undefined);
  const log = createLogger(
    level,
    format === 'pretty' ? prettyDestination(destination, process.stdout.isTTY) : destination,
  );
  return {
    log,
    release: () => destination.destroy(),
    // Ending, not SonicBoom's flush(): with no minimum length its flush calls back at once, while the last line may
    // still be on its way to stdout, and the exit that follows lost it ("stopped", on a busy machine).
    finish: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        destination.once('close', done);
        try {
          destination.end();
        } catch {
          // Already ended or destroyed: nothing to wait for.
          done();
        }
      }),
  };
}
