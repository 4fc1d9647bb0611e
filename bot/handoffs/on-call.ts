// Out of hours and on call: an urgent alert raised outside working hours, or still unacknowledged after
// URGENT_RESEND_MINUTES, pages every ON_CALL_SMS number by text, through the outbox's urgent lane. The page says
// nothing about the person (a phone's lock screen is not private), goes at most once per alert per number (the
// outbox's dedupe key), and is recorded (the outbox row and an audit line).
import { onCallPage } from '../../dialogs/coordinator/index.js';
import { audit } from '../audit.js';
import type { Op } from '../db/ops.js';
import { nextWithin } from '../schedule/hours.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { enqueue } from '../work/outbox.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { TeamsOutbox } from '../teams/services.js';

export interface OnCallDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  /** Its commit runs the writes and wakes the worker. */
  outbox: TeamsOutbox;
}

/** When the on-call numbers should hear of an alert raised at `raisedAt`: at once out of hours, else after the
 * re-send time has passed with nobody acknowledging. */
export function pageDueAt(deps: OnCallDeps, raisedAt: Date): Date {
  const { config } = deps;
  const working =
    nextWithin(raisedAt, config.timeZone, config.workingHours, config.workingDays).getTime() === raisedAt.getTime();
  return working ? new Date(raisedAt.getTime() + config.urgentResendMinutes * 60_000) : raisedAt;
}

/** Pages now if due, else makes sure a page job waits for the due time. Nothing when no number is set. */
export async function pageOrSchedule(deps: OnCallDeps, event: { id: string; createdAt: Date }): Promise<void> {
  if (deps.config.onCallSms.length === 0) return;
  const due = pageDueAt(deps, event.createdAt);
  if (due.getTime() <= deps.clock.now().getTime()) {
    await page(deps, event);
    return;
  }
  await scheduleJob(deps.db, {
    kind: JobKinds.safetyPage,
    key: `safety:${event.id}:page`,
    runAt: due,
    payload: { safetyEventId: event.id },
  });
}

/** The page itself, unless someone has acknowledged the alert meanwhile; once per alert per number. */
export async function page(deps: OnCallDeps, event: { id: string; createdAt: Date }): Promise<void> {
  const { db, clock, config, log } = deps;
  const row = await db.safetyEvent.findUnique({ where: { id: event.id }, select: { acknowledgedAt: true } });
  if (!row || row.acknowledgedAt) return;
  const now = clock.now();
  const keys = config.onCallSms.map((phone) => `page:${event.id}:${phone}`);
  const already = await db.outbox.count({ where: { dedupeKey: { in: keys } } });
  if (already === keys.length) return;
  const text = onCallPage(config.dialog.serviceName, event.createdAt, config.timeZone);
  const ops: Op[] = config.onCallSms.map((phone, i) =>
    enqueue(db, { dedupeKey: keys[i] ?? '', channel: 'sms', target: phone, payload: { text }, urgent: true }, now),
  );
  ops.push(audit(db, now, 'system', 'safety.paged', 'safety', event.id, { numbers: config.onCallSms.length }));
  await deps.outbox.commit(ops);
  log.warn({ safetyEventId: event.id, numbers: config.onCallSms.length }, 'urgent alert: on-call numbers paged');
}
