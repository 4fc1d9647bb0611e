// The background half of the safety net's bounded wait: a message whose turn went on without the semantic layer is
// scored again with every layer, in the context of the person's messages before it, waiting as long as the model
// takes. If it is urgent now (and was not in its turn),
// the person's service records the safety event, alerts the coordinators and sends the crisis reply as a follow-up.
// The job is written in the turn's own transaction, so a crash loses none, and it never gives up while the layer is
// down or busy.
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { JobHandlers } from '../work/worker.js';
import { JobKinds } from '../work/kinds.js';
import type { SafetyNet, SafetyResult } from './net.js';
import { NOTHING_RECENT, recentInbound, type ContextWindow } from './recent.js';

/** How soon a re-score the layer could not take is tried again. */
const RETRY_MS = 5_000;

export interface RescoreDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  safety: SafetyNet;
  /** The context window the turn read the message in (config.safetyContextMessages and safetyContextHours). */
  window: ContextWindow;
  intake: { lateUrgent(messageId: string, result: SafetyResult): Promise<boolean> };
}

export function rescoreJobs(deps: RescoreDeps): JobHandlers {
  return {
    [JobKinds.safetyRescore]: async (job) => {
      const messageId = job.payload['messageId'];
      if (typeof messageId !== 'string') return;
      const message = await deps.db.message.findUnique({
        where: { id: messageId },
        select: { body: true, personId: true, createdAt: true },
      });
      // Erased since: nothing left to read.
      if (message?.body == null) return;
      // The messages before this one, as its turn read them (the window ends just before it).
      const before = new Date(message.createdAt.getTime() - 1);
      const recent = message.personId
        ? await recentInbound(deps.db, message.personId, before, deps.window)
        : NOTHING_RECENT;
      const result = await deps.safety.assessFully(message.body, recent.messages);
      // The layer is down (restarting) or busy: the job stays pending and is tried again later, however long that
      // takes (a failed job would run out of attempts, and a message that may be urgent must be read in full).
      if (result === undefined) {
        deps.log.info({ messageId }, 'semantic safety layer unavailable: re-score kept for later');
        return { retryAt: new Date(deps.clock.now().getTime() + RETRY_MS) };
      }
      // Urgent only as an earlier text's danger still standing: that text's alert went out in its own turn.
      if (result.level !== 'urgent' || result.standing !== undefined) return;
      const sent = await deps.intake.lateUrgent(messageId, result);
      deps.log.warn({ messageId, reasons: result.reasons, sent }, 'late semantic verdict: message is urgent');
    },
  };
}
