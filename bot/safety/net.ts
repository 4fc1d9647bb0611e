// The safety net's bot side: classify every inbound message first, and build the writes that record a safety event
// and queue the alert to coordinators, in the same transaction as the rest of the turn.
import { randomUUID } from 'node:crypto';
import { classify, classifyInContext, type ContextResult, type SafetyResult } from '../../flows/safety/index.js';
import type { Db } from '../db/client.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';

export type { ContextResult, SafetyResult };

export function assess(text: string): SafetyResult {
  return classify(text);
}

/** A mentee's message read with their earlier messages (oldest first): see flows/safety/context. Staff messages are
 * never read this way. */
export function assessInContext(recent: readonly string[], text: string): ContextResult {
  return classifyInContext(recent, text);
}

export interface SafetyEventInput {
  personId: string | null;
  staffId?: string | null;
  messageId: string | null;
  channel: string;
  result: SafetyResult;
  flowState: string | null;
  at: Date;
}

/** The writes for a flagged message: the event itself and the job that alerts coordinators. */
export function recordSafetyEvent(db: Db, input: SafetyEventInput) {
  const id = randomUUID();
  return {
    id,
    ops: [
      db.safetyEvent.create({
        data: {
          id,
          personId: input.personId,
          staffId: input.staffId ?? null,
          messageId: input.messageId,
          channel: input.channel,
          level: input.result.level,
          reasons: input.result.reasons,
          flowState: input.flowState,
          createdAt: input.at,
          lastAlertAt: input.at,
        },
      }),
      scheduleJob(db, {
        kind: JobKinds.safetyAlert,
        key: `safety:${id}`,
        runAt: input.at,
        payload: { safetyEventId: id },
      }),
    ],
  };
}
