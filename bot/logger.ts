// Structured logs (pino). Message bodies, phone numbers and tokens never reach a log line: the redaction list is a
// second line of defence behind the rule that we log ids, never content.
import { pino, type Logger } from 'pino';

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

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { service: 'peer-connect' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
