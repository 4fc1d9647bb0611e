// The one typed configuration, read from the environment and validated at boot. Every variable is optional for a
// local start; a bad value stops the start with a message naming the variable. `.env.example` documents each.
import path from 'node:path';
import { z } from 'zod/v4';
import { somersetCrisisLines, type CrisisLines } from '../dialogs/crisis.js';
import type { DialogSettings } from '../dialogs/settings.js';
import type { Span } from './schedule/hours.js';

const DEFAULT_DATABASE_URL = 'file:./data/peer-connect.db';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const intIn = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00');

const crisisLinesSchema = z.object({
  localName: z.string().min(1),
  localPhone: z.string().min(1),
  localFreephone: z.string().optional(),
  localHours: z.string().min(1),
  safeSpace: z.object({ name: z.string().min(1), howToBook: z.string().min(1) }).optional(),
  nhs111: z.string().min(1).optional(),
  samaritansPhone: z.string().min(1).optional(),
  emergencyPhone: z.string().min(1).optional(),
});

const schema = z
  .object({
    PORT: intIn(0, 65535, 3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine(
        (v) => /^(file:|postgres(ql)?:\/\/)/.test(v),
        'must start with file: (SQLite) or postgresql:// (PostgreSQL)',
      )
      // Without a name PostgreSQL would pick the server's own `postgres` database and the tables would land there.
      .refine(
        (v) => !/^postgres(ql)?:\/\//.test(v) || postgresDatabaseName(v) !== '',
        'names no database: add one at the end, e.g. postgresql://user@host:5432/peer_connect',
      ),
    PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    TWILIO_ACCOUNT_SID: optionalText.pipe(
      z
        .string()
        .regex(/^AC[0-9a-fA-F]{32}$/, 'must be the Account SID from the Twilio console: AC and 32 hex digits')
        .optional(),
    ),
    TWILIO_AUTH_TOKEN: optionalText,
    TWILIO_FROM: optionalText.pipe(
      z
        .string()
        .regex(
          /^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/,
          'must be an E.164 number (+44…) or a Messaging Service SID (MG…)',
        )
        .optional(),
    ),
    TWILIO_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    MicrosoftAppType: optionalText.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    ToBotFromChannelOpenIdMetadataUrl: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    DATA_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, 'must be 32 bytes as 64 hex digits or base64')
        .optional(),
    ),
    DATA_KEY_PREVIOUS: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z
      .enum(['json', 'pretty'], { message: 'must be json (for machines) or pretty (for people)' })
      .default('json'),
    SERVICE_NAME: z.string().min(1).default('Peer Connections'),
    SERVICE_AREA: z.string().min(1).default('Somerset'),
    TIMEZONE: z
      .string()
      .default('Europe/London')
      .refine((tz) => isTimeZone(tz), 'must be an IANA time zone such as Europe/London'),
    WORKING_DAYS: z
      .string()
      .default('1-5')
      .transform(
        (v, ctx) =>
          parseDays(v) ??
          (ctx.addIssue({ code: 'custom', message: 'must be days 0-6 like 1-5 or 1,2,4 (0 = Sunday)' }), z.NEVER),
      ),
    WORKING_HOURS: z
      .string()
      .default('09:00-17:00')
      .transform(
        (v, ctx) => parseSpan(v) ?? (ctx.addIssue({ code: 'custom', message: 'must be like 09:00-17:00' }), z.NEVER),
      ),
    WORKING_HOURS_TEXT: z.string().min(1).default('Monday to Friday, 9am to 5pm'),
    REPLY_WITHIN_WORKING_DAYS: intIn(1, 30, 2),
    DAYTIME_HOURS: z
      .string()
      .default('10:00-19:00')
      .transform(
        (v, ctx) => parseSpan(v) ?? (ctx.addIssue({ code: 'custom', message: 'must be like 10:00-19:00' }), z.NEVER),
      ),
    REMINDER_AFTER_DAYS: intIn(1, 60, 3),
    REMINDER_MAX: intIn(0, 3, 1),
    HANDOFF_REMIND_AFTER_MINUTES: intIn(5, 10_080, 120),
    URGENT_RESEND_MINUTES: intIn(1, 1_440, 15),
    URGENT_RETRY_MINUTES: intIn(1, 60, 2),
    ESCALATE_TO: optionalText.pipe(
      z
        .string()
        .transform(
          (v, ctx) =>
            parseList(v, /^[\w:.@-]{3,100}$/) ??
            (ctx.addIssue({ code: 'custom', message: 'must be AAD object ids, separated by commas' }), z.NEVER),
        )
        .optional(),
    ),
    ESCALATE_AFTER_REMINDERS: intIn(1, 50, 2),
    CLAIMED_QUIET_MINUTES: intIn(0, 100_000, 480),
    URGENT_UNACKED_MINUTES: intIn(1, 10_080, 30),
    ON_CALL_SMS: optionalText.pipe(
      z
        .string()
        .transform(
          (v, ctx) =>
            parseList(v, /^\+[1-9]\d{6,14}$/) ??
            (ctx.addIssue({ code: 'custom', message: 'must be E.164 numbers (+44…), separated by commas' }), z.NEVER),
        )
        .optional(),
    ),
    CHECKIN_OVERDUE_DAYS: intIn(1, 30, 2),
    RETENTION_DAYS: intIn(0, 3_650, 365),
    SAFETY_CONTEXT_MESSAGES: intIn(0, 20, 5),
    SAFETY_CONTEXT_HOURS: intIn(1, 168, 24),
    PEER_MEETING: optionalText.pipe(
      z
        .string()
        .regex(
          /^(first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) ([01]\d|2[0-3]):[0-5]\d$/i,
          'must be like "first tuesday 18:00"',
        )
        .optional(),
    ),
    CRISIS_LINES: optionalText.pipe(
      z
        .string()
        .transform((v, ctx) => {
          try {
            return crisisLinesSchema.parse(JSON.parse(v));
          } catch {
            ctx.addIssue({
              code: 'custom',
              message: 'must be JSON with localName, localPhone, localHours (see .env.example)',
            });
            return z.NEVER;
          }
        })
        .optional(),
    ),
    SAFETY_SEMANTIC: z.enum(['on', 'off']).default('on'),
    SAFETY_SEMANTIC_WAIT_MS: intIn(0, 10_000, 60),
    MAX_BODY_BYTES: intIn(1_024, 1_048_576, 65_536),
    WORKER_INTERVAL_MS: intIn(50, 60_000, 1_000),
    SEND_TIMEOUT_MS: intIn(100, 120_000, 8_000),
    SHUTDOWN_GRACE_MS: intIn(0, 60_000, 10_000),
    TRY_CONSOLE: optionalText.pipe(
      z
        .enum(['on', 'off', 'public'], {
          message: 'must be on, off or public (public serves /try to any client, not only this machine)',
        })
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
  });

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** `json` for machines (the default), `pretty` for people reading a terminal. */
  logFormat: 'json' | 'pretty';
  /** The data key (DATA_KEY) and older ones still able to decrypt (DATA_KEY_PREVIOUS); unset on SQLite: a key file. */
  dataKey: { current: string | undefined; previous: string[] };
  twilio: { accountSid: string; authToken: string; from: string; apiUrl: string | undefined } | undefined;
  teams:
    | {
        appId: string;
        appPassword: string;
        tenantId: string | undefined;
        appType: string;
        /** Where Bot Framework token keys are published (botbuilder's default when unset; tests point it nearby). */
        openIdMetadataUrl: string | undefined;
      }
    | undefined;
  timeZone: string;
  workingDays: number[];
  workingHours: Span;
  daytimeHours: Span;
  reminderAfterDays: number;
  reminderMax: number;
  handoffRemindAfterMinutes: number;
  urgentResendMinutes: number;
  /** An urgent alert no coordinator conversation has accepted yet is tried again this often, day and night. */
  urgentRetryMinutes: number;
  /** An urgent alert unacknowledged this long makes /healthz say `degraded`. */
  urgentUnackedMinutes: number;
  /** Numbers paged by SMS for urgent alerts out of hours or unacknowledged; empty: nobody is paged. */
  onCallSms: string[];
  /** AAD object ids of managers told (in their own chat) about a handoff nobody claims after the reminders. */
  escalateTo: string[];
  /** How many reminders to all coordinators before an unclaimed handoff goes to the managers. */
  escalateAfterReminders: number;
  /** A claimed handoff with no message from its coordinator for this much working time nudges them; 0 = never. */
  claimedQuietMinutes: number;
  checkInOverdueDays: number;
  /** Erase people quiet for this many days with nothing open; 0 = never. */
  retentionDays: number;
  /** The safety net reads a mentee's message with up to this many of their earlier messages (0 = alone)… */
  safetyContextMessages: number;
  /** …sent within this many hours before it. */
  safetyContextHours: number;
  peerMeeting: string | undefined;
  /** The safety net's semantic layer: on, and how long a turn waits for it before going on without it. */
  safetySemantic: { enabled: boolean; waitMs: number };
  maxBodyBytes: number;
  workerIntervalMs: number;
  sendTimeoutMs: number;
  shutdownGraceMs: number;
  /** The try-it console at /try: off, on for this machine's own clients only, or public. */
  tryConsole: 'off' | 'loopback' | 'public';
  dialog: DialogSettings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws ConfigError listing every bad variable, one per line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const lines = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`)),
    ...missingTogether(env),
  ];
  if (!parsed.success || lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  // Another area's lines replace Somerset's whole: only the national numbers carry over as defaults.
  const national = {
    nhs111: somersetCrisisLines.nhs111,
    samaritansPhone: somersetCrisisLines.samaritansPhone,
    emergencyPhone: somersetCrisisLines.emergencyPhone,
  };
  const crisisLines: CrisisLines = e.CRISIS_LINES
    ? withoutUndefined({ ...national, ...e.CRISIS_LINES })
    : somersetCrisisLines;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: resolveSqliteUrl(e.DATABASE_URL),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    dataKey: {
      current: e.DATA_KEY,
      previous: (e.DATA_KEY_PREVIOUS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    },
    twilio:
      e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
        ? {
            accountSid: e.TWILIO_ACCOUNT_SID,
            authToken: e.TWILIO_AUTH_TOKEN,
            from: e.TWILIO_FROM,
            apiUrl: e.TWILIO_API_URL,
          }
        : undefined,
    teams: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          appPassword: e.MicrosoftAppPassword ?? '',
          tenantId: e.MicrosoftAppTenantId,
          appType: e.MicrosoftAppType ?? 'MultiTenant',
          openIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
        }
      : undefined,
    timeZone: e.TIMEZONE,
    workingDays: e.WORKING_DAYS,
    workingHours: e.WORKING_HOURS,
    daytimeHours: e.DAYTIME_HOURS,
    reminderAfterDays: e.REMINDER_AFTER_DAYS,
    reminderMax: e.REMINDER_MAX,
    handoffRemindAfterMinutes: e.HANDOFF_REMIND_AFTER_MINUTES,
    urgentResendMinutes: e.URGENT_RESEND_MINUTES,
    urgentRetryMinutes: e.URGENT_RETRY_MINUTES,
    urgentUnackedMinutes: e.URGENT_UNACKED_MINUTES,
    onCallSms: e.ON_CALL_SMS ?? [],
    escalateTo: e.ESCALATE_TO ?? [],
    escalateAfterReminders: e.ESCALATE_AFTER_REMINDERS,
    claimedQuietMinutes: e.CLAIMED_QUIET_MINUTES,
    checkInOverdueDays: e.CHECKIN_OVERDUE_DAYS,
    retentionDays: e.RETENTION_DAYS,
    safetyContextMessages: e.SAFETY_CONTEXT_MESSAGES,
    safetyContextHours: e.SAFETY_CONTEXT_HOURS,
    peerMeeting: e.PEER_MEETING,
    safetySemantic: { enabled: e.SAFETY_SEMANTIC === 'on', waitMs: e.SAFETY_SEMANTIC_WAIT_MS },
    maxBodyBytes: e.MAX_BODY_BYTES,
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    sendTimeoutMs: e.SEND_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    // On by default only where nothing real is connected: a server with a channel shows it only when asked.
    tryConsole:
      e.TRY_CONSOLE === 'public'
        ? 'public'
        : e.TRY_CONSOLE === 'on' || (e.TRY_CONSOLE === undefined && !e.MicrosoftAppId && !e.TWILIO_ACCOUNT_SID)
          ? 'loopback'
          : 'off',
    dialog: {
      serviceName: e.SERVICE_NAME,
      area: e.SERVICE_AREA,
      crisisLines,
      workingHoursText: e.WORKING_HOURS_TEXT,
      replyWithinWorkingDays: e.REPLY_WITHIN_WORKING_DAYS,
      reminderAfterDays: e.REMINDER_AFTER_DAYS,
    },
  };
}

const TWILIO = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

/** SMS needs all three Twilio values: one line for each that is missing when another is set. Read from the raw
 * environment, so a value that is set but bad is reported as bad (by its own rule), never as missing. */
function missingTogether(env: NodeJS.ProcessEnv): string[] {
  const set = TWILIO.filter((name) => (env[name] ?? '').trim() !== '');
  if (set.length === 0 || set.length === TWILIO.length) return [];
  return TWILIO.filter((name) => !set.includes(name)).map(
    (name) =>
      `${name}: is not set, but ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'}: SMS needs all three (or none)`,
  );
}

/** The database named in a postgresql:// URL ('' when there is none); undefined when the URL does not parse (the
 * database layer says so itself). */
function postgresDatabaseName(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')).trim();
  } catch {
    return undefined;
  }
}

/** A relative SQLite path is taken from the working directory, so logs and tools agree on one file. */
function resolveSqliteUrl(url: string): string {
  if (!url.startsWith('file:')) return url;
  const file = url.slice('file:'.length);
  return `file:${path.resolve(file)}`;
}

function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** A comma-separated list whose every item matches `item`, without duplicates; undefined if one does not. */
function parseList(v: string, item: RegExp): string[] | undefined {
  const items = v
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (items.some((part) => !item.test(part))) return undefined;
  return [...new Set(items)];
}

function parseSpan(v: string): Span | undefined {
  const m = /^\s*(\d\d):(\d\d)\s*-\s*(\d\d):(\d\d)\s*$/.exec(v);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])];
  if (!clock.safeParse(`${m[1]}:${m[2]}`).success || !clock.safeParse(`${m[3]}:${m[4]}`).success || from >= to) {
    return undefined;
  }
  return { from, to };
}

function parseDays(v: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of v.split(',')) {
    const m = /^\s*([0-6])(?:\s*-\s*([0-6]))?\s*$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return undefined;
    for (let d = a; d <= b; d++) days.add(d);
  }
  return [...days].sort();
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
