// How long a crisis text takes to become an urgent alert card at the coordinators' connector, measured from the
// signed webhook leaving the load generator to the card arriving at the fake connector: first with nothing queued,
// then with Twilio hanging on texts the worker has already taken (the head-of-line block issue #16 measured at 89 s).
import crypto from 'node:crypto';
import path from 'node:path';
import twilio from 'twilio';
import { enqueue } from '../bot/work/outbox.js';
import { spawnChild, waitUntil, type Child } from './child.js';
import { freshDatabase, withDb } from './databases.js';
import { fakeCounts } from './fake-connector.js';
import { TeamsCoordinators } from './journeys.js';

export interface AlertRun {
  /** Crisis text to alert card, ms, one figure a person, with nothing queued. */
  idleMs: number[];
  /** The same with Twilio hanging on `queued` texts. */
  hungMs: number[];
  queued: number;
  /** Twilio sends held open when the crisis texts came in. */
  hung: number;
}

export interface AlertSettings {
  fakesUrl: string;
  serverUrl: string | undefined;
  /** The app's environment for a database (identities.ts's appEnv, as every app run). */
  env: (databaseUrl: string) => Record<string, string>;
  twilio: { authToken: string; publicUrl: string; accountSid: string; to: string };
  tenantId: string;
  coordinator: string;
  logDir: string;
  /** Crisis texts in each state. */
  samples: number;
  /** Waits until the app's sentence model is loaded (measure.ts's modelLoaded), so its loading is not measured. */
  ready: (app: Child, logFile: string, env: Record<string, string>) => Promise<void>;
}

const QUEUED = 6;
const CRISIS = 'i want to kill myself tonight';

function signedText(s: AlertSettings['twilio'], from: string, body: string): RequestInit {
  const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
  const fields = { MessageSid: sid, SmsMessageSid: sid, From: from, To: s.to, Body: body, NumMedia: '0' };
  const signature = twilio.getExpectedTwilioSignature(s.authToken, `${s.publicUrl}/api/sms`, {
    ...fields,
    AccountSid: s.accountSid,
  });
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams({ ...fields, AccountSid: s.accountSid }).toString(),
  };
}

async function poll(check: () => Promise<boolean>, limitMs: number, what: string): Promise<void> {
  const end = performance.now() + limitMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`${what} did not happen within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function measureAlerts(s: AlertSettings): Promise<AlertRun> {
  const db = await freshDatabase(s.serverUrl);
  const logFile = path.join(s.logDir, 'alert.log');
  let phone = 700_990_000;
  try {
    return await withDb(db.url, async (client) => {
      await client.staff.create({ data: { aadObjectId: s.coordinator, name: 'Coordinator', role: 'coordinator' } });
      const env = s.env(db.url);
      const app = await spawnChild({ entry: 'dist/bot/server.js', env, logFile });
      try {
        await waitUntil(app, async () => (await fetch(`${app.url}/healthz`)).ok);
        await s.ready(app, logFile, env);
        // The coordinator writes once, so the bot knows their chat.
        const hello = new TeamsCoordinators({
          connectorUrl: s.fakesUrl,
          coordinators: [s.coordinator],
          tenantId: s.tenantId,
          texts: ['hi'],
        }).next();
        const before = await fakeCounts(s.fakesUrl);
        await fetch(app.url + hello.path, { method: 'POST', headers: hello.headers, body: hello.body });
        await poll(
          async () => (await fakeCounts(s.fakesUrl)).activities > before.activities,
          30_000,
          'the reply to hi',
        );

        const alertMs = async (): Promise<number> => {
          const seen = (await fakeCounts(s.fakesUrl)).urgentCards;
          const from = `+447${String(phone++).padStart(9, '0')}`;
          const sentAt = Date.now();
          const res = await fetch(`${app.url}/api/sms`, signedText(s.twilio, from, CRISIS));
          if (!res.ok) throw new Error(`the crisis text was answered ${res.status}`);
          let arrived = 0;
          await poll(
            async () => {
              const now = await fakeCounts(s.fakesUrl);
              arrived = now.lastUrgentAt;
              return now.urgentCards > seen;
            },
            60_000,
            'the urgent alert card',
          );
          return arrived - sentAt;
        };
        await alertMs(); // the first alert of a process also loads and compiles its code: not counted
        const idleMs: number[] = [];
        for (let n = 0; n < s.samples; n++) idleMs.push(await alertMs());

        await fetch(`${s.fakesUrl}/control/twilio/hang`, { method: 'POST' });
        const now = new Date();
        for (let n = 0; n < QUEUED; n++) {
          const target = `+447${String(phone++).padStart(9, '0')}`;
          await enqueue(
            client,
            { dedupeKey: `bench-queued-${n}`, channel: 'sms', target, payload: { text: 'Hi' } },
            now,
          );
        }
        // The worker's next poll takes them: wait until the SMS lane is stuck on them.
        await poll(async () => (await fakeCounts(s.fakesUrl)).hung >= 5, 30_000, 'Twilio hanging on the queued texts');
        const hung = (await fakeCounts(s.fakesUrl)).hung;
        const hungMs: number[] = [];
        for (let n = 0; n < s.samples; n++) hungMs.push(await alertMs());
        return { idleMs, hungMs, queued: QUEUED, hung };
      } finally {
        await fetch(`${s.fakesUrl}/control/twilio/answer`, { method: 'POST' }).catch(() => undefined);
        await app.stop();
      }
    });
  } finally {
    await db.drop();
  }
}
